/**
 * Security: sign-in for the dashboard, API keys for the API, the workspace a request may act in and the request
 * budgets per key and person. Owns the tables users, user_workspaces, api_keys and rate_limit_buckets; records
 * security events in the audit trail.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"audit", "platform", "workspace", "shared"})
package com.scudo.security;

import org.springframework.modulith.ApplicationModule;
