package com.scudo.imports;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ImportPostgresIntegrationTests extends ImportScenarios {
}
