/**
 * Ingest: the one recording path for customers, orders, interactions and refunds (docs/write-path.md): validates,
 * records each write durably in the analytical store with its ledger and outbox rows, acknowledges, then copies it
 * to the operational store and re-scores its customer off the request. Owns the tables order_ledger, order_refunds
 * and recording_outbox. Uses analytics (the analytical store it records into and the re-score), the operational
 * customer records, money (conversion into the reporting currency) and the shared values.
 */
@ApplicationModule(displayName = "Ingest", allowedDependencies = {"analytics", "customer", "money", "platform", "shared"})
package com.scudo.ingest;

import org.springframework.modulith.ApplicationModule;
