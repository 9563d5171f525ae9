/**
 * The Scudo Customer 360 dashboard: server-rendered pages (Thymeleaf, htmx for partial updates, echarts for
 * charts, both from WebJars) over the public services of the other modules, and a live feed of today's
 * counters pushed to open pages as server-sent events. Owns no table. Uses the public surface of the modules whose
 * pages it draws; no module uses it.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"analytics", "customer", "customer360",
        "identity", "imports", "ingest", "money", "platform", "recommendation", "segment", "segment :: filter", "shared"})
package com.scudo.dashboard;

import org.springframework.modulith.ApplicationModule;
