package com.scudo.security;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class AccessH2IntegrationTests extends AccessScenarios {
}
