package com.scudo.security;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class WorkspaceRolesH2IntegrationTests extends WorkspaceRolesScenarios {
}
