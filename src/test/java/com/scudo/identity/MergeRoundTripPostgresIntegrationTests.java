package com.scudo.identity;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class MergeRoundTripPostgresIntegrationTests extends MergeRoundTripScenarios {
}
