package com.scudo.security;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class AccessPostgresIntegrationTests extends AccessScenarios {
}
