package com.scudo.recommendation;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class RecommendationH2IntegrationTests extends RecommendationScenarios {
}
