package com.scudo.identity;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class MergeRoundTripH2IntegrationTests extends MergeRoundTripScenarios {
}
