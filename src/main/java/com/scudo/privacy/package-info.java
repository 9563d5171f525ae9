/**
 * Privacy: access requests (everything held about one customer, as JSON) and erasure from both stores. Owns the
 * table privacy_erasures and the catalogue of personal data; reads and erases the other modules' data through
 * their public surfaces.
 */
@ApplicationModule(displayName = "Privacy",
        allowedDependencies = {"analytics", "audit", "customer", "imports", "ingest", "shared"})
package com.scudo.privacy;

import org.springframework.modulith.ApplicationModule;
