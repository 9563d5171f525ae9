package com.scudo.platform.fuzz;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class ApiFuzzH2IntegrationTests extends ApiFuzzScenarios {
}
