package com.scudo.recommendation;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class RecommendationPostgresIntegrationTests extends RecommendationScenarios {
}
