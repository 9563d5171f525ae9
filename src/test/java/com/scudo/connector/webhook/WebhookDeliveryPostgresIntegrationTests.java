package com.scudo.connector.webhook;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class WebhookDeliveryPostgresIntegrationTests extends WebhookDeliveryScenarios {
}
