package com.scudo.segment;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class SegmentPostgresIntegrationTests extends SegmentScenarios {
}
