/**
 * Workspaces: the registry of merchants sharing one deployment. Owns the table workspaces. Uses the audit trail
 * and the shared values.
 */
@ApplicationModule(displayName = "Workspaces", allowedDependencies = {"audit", "shared"})
package com.scudo.workspace;

import org.springframework.modulith.ApplicationModule;
