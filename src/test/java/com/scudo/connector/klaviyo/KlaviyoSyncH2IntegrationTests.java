package com.scudo.connector.klaviyo;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class KlaviyoSyncH2IntegrationTests extends KlaviyoSyncScenarios {
}
