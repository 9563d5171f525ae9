package com.scudo.customer360;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class Customer360PostgresIntegrationTests extends Customer360Scenarios {
}
