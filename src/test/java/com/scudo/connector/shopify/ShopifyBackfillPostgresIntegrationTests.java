package com.scudo.connector.shopify;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ShopifyBackfillPostgresIntegrationTests extends ShopifyBackfillScenarios {
}
