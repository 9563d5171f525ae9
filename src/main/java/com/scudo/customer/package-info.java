/**
 * Customer: the operational store (DynamoDB): customer profiles, orders, interactions, real-time counters and
 * the pending-sync index of records not yet copied to the analytical store. Owns the DynamoDB tables customers,
 * orders, customer_interactions and realtime_metrics. Uses the shared values only.
 */
@ApplicationModule(displayName = "Customer (operational store)", allowedDependencies = "shared")
package com.scudo.customer;

import org.springframework.modulith.ApplicationModule;
