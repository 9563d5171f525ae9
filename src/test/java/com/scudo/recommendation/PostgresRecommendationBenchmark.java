package com.scudo.recommendation;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class PostgresRecommendationBenchmark extends RecommendationBenchmarks {
    @Override
    String database() {
        return "PostgreSQL";
    }
}
