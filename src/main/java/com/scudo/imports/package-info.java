/**
 * Imports and exports: CSV files of customers, orders and interactions (Shopify, CDNOW and Scudo formats) with
 * progress, per-row errors and resumable chunks, and customer exports as CSV. Owns the tables import_jobs,
 * import_errors and import_chunks.
 */
@ApplicationModule(displayName = "Imports")
package com.scudo.imports;

import org.springframework.modulith.ApplicationModule;
