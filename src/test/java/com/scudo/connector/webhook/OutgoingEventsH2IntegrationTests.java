package com.scudo.connector.webhook;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class OutgoingEventsH2IntegrationTests extends OutgoingEventScenarios {
}
