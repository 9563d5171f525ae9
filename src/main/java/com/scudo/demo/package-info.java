/**
 * Demo data: the brief's ten personas and a seeded generator of more customers, written through the ingest path
 * (or in bulk for benchmark sizes) and analysed once loaded. Owns no table. Uses ingest and analytics, the
 * operational customers, workspaces, platform and the shared values.
 */
@ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"analytics", "customer", "ingest", "platform", "shared", "workspace"})
package com.scudo.demo;

import org.springframework.modulith.ApplicationModule;
