package com.scudo.connector;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ShopifyWebhooksPostgresIntegrationTests extends ShopifyWebhookScenarios {
}
