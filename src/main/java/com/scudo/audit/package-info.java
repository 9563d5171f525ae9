/**
 * Audit: the append-only log of who viewed, exported, changed or erased what. Owns the table audit_events.
 * Uses the platform's current actor and the shared values only.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"platform", "shared"})
package com.scudo.audit;

import org.springframework.modulith.ApplicationModule;
