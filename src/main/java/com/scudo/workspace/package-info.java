/**
 * Workspaces: the registry of merchants sharing one deployment. Owns the table workspaces. Uses the shared
 * values only.
 */
@ApplicationModule(displayName = "Workspaces", allowedDependencies = "shared")
package com.scudo.workspace;

import org.springframework.modulith.ApplicationModule;
