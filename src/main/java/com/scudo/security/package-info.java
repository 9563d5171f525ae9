/**
 * Security: sign-in for the dashboard, API keys for the API and the workspace a request may act in. Owns the
 * tables users, user_workspaces and api_keys; records security events in the audit trail.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"audit", "platform", "workspace", "shared"})
package com.scudo.security;

import org.springframework.modulith.ApplicationModule;
