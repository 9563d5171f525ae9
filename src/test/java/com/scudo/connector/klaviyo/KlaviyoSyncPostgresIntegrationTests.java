package com.scudo.connector.klaviyo;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class KlaviyoSyncPostgresIntegrationTests extends KlaviyoSyncScenarios {
}
