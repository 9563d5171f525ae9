package com.scudo.ingest;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class IngestPostgresIntegrationTests extends IngestScenarios {
}
