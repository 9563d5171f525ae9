package com.scudo.analytics;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class AnalyticsPostgresIntegrationTests extends AnalyticsScenarios {
}
