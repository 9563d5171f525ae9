package com.scudo.analytics;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class AnalyticsH2IntegrationTests extends AnalyticsScenarios {
}
