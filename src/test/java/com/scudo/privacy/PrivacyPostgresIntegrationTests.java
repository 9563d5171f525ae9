package com.scudo.privacy;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class PrivacyPostgresIntegrationTests extends PrivacyScenarios {
}
