/**
 * Imports and exports: CSV files of customers, orders and interactions (Shopify, CDNOW and Scudo formats) with
 * progress, per-row errors and resumable chunks, and customer exports as CSV. Owns the tables import_jobs,
 * import_errors and import_chunks. Writes through ingest and analytics' imported facts; uses the scored customers'
 * typed columns and the filter language (segment.filter) for exports, the reporting currency (money) that the export
 * names beside its amounts, the operational customers, audit, platform and the shared values.
 */
@ApplicationModule(displayName = "Imports",
        allowedDependencies = {"analytics", "audit", "customer", "ingest", "money", "platform", "segment :: filter", "shared"})
package com.scudo.imports;

import org.springframework.modulith.ApplicationModule;
