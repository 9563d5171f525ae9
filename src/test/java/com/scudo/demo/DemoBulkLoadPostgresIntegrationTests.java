package com.scudo.demo;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class DemoBulkLoadPostgresIntegrationTests extends DemoBulkLoadScenarios {
}
