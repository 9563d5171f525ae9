package com.scudo.recommendation;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class H2RecommendationBenchmark extends RecommendationBenchmarks {
    @Override
    String database() {
        return "H2";
    }
}
