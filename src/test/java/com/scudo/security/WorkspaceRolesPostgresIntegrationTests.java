package com.scudo.security;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class WorkspaceRolesPostgresIntegrationTests extends WorkspaceRolesScenarios {
}
