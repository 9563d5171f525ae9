package com.scudo.platform.fuzz;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ApiFuzzPostgresIntegrationTests extends ApiFuzzScenarios {
}
