package com.scudo.connector.shopify;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class ShopifyBackfillH2IntegrationTests extends ShopifyBackfillScenarios {
}
