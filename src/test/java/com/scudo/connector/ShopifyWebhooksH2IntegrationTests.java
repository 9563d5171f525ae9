package com.scudo.connector;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class ShopifyWebhooksH2IntegrationTests extends ShopifyWebhookScenarios {
}
