/**
 * Customer 360: one customer's view joined from both stores (profile, scores with reasons, segments, orders,
 * recommendations, each with its freshness), the customer list, the name lookup's web face and the overview.
 * Owns no table; reads the analytical store through the analytics module.
 */
@ApplicationModule(displayName = "Customer 360",
        allowedDependencies = {"analytics", "audit", "customer", "ingest", "money", "platform", "recommendation", "segment", "segment :: filter",
                "shared"})
package com.scudo.customer360;

import org.springframework.modulith.ApplicationModule;
