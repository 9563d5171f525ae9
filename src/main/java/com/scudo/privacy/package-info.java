/**
 * Privacy: access requests (everything held about one customer, as JSON) and erasure from both stores. Owns the
 * table privacy_erasures and the catalogue of personal data; reads and erases the other modules' data through
 * their public surfaces, identity resolution's aliases and merge records included.
 */
@ApplicationModule(displayName = "Privacy",
        allowedDependencies = {"analytics", "audit", "customer", "identity", "imports", "ingest", "shared"})
package com.scudo.privacy;

import org.springframework.modulith.ApplicationModule;
