/**
 * Ingest: the recording path for customers, orders and interactions: validates, writes the operational store
 * first, copies to the analytical store and queues the customer's refresh. Owns no table of its own.
 */
@ApplicationModule(displayName = "Ingest")
package com.scudo.ingest;

import org.springframework.modulith.ApplicationModule;
