package com.scudo.demo;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class DemoBulkLoadH2IntegrationTests extends DemoBulkLoadScenarios {
}
