package com.scudo.security;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class HardeningH2IntegrationTests extends HardeningScenarios {
}
