package com.scudo.privacy;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class PrivacyH2IntegrationTests extends PrivacyScenarios {
}
