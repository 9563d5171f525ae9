package com.scudo.ingest;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class IngestH2IntegrationTests extends IngestScenarios {
}
