package com.scudo.assistant;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class AssistantPostgresIntegrationTests extends AssistantScenarios {
}
