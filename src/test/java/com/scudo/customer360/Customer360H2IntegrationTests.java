package com.scudo.customer360;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class Customer360H2IntegrationTests extends Customer360Scenarios {
}
