package com.scudo.assistant;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class AssistantH2IntegrationTests extends AssistantScenarios {
}
