package com.scudo.connector.webhook;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class OutgoingEventsPostgresIntegrationTests extends OutgoingEventScenarios {
}
