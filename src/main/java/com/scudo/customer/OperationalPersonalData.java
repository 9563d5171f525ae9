package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Everything the operational store holds about one customer, read in full or removed (privacy requests).
 * The per-day shop counters in {@code realtime_metrics} are sums over all customers and name nobody: they are
 * neither exported nor touched here.
 */
public interface OperationalPersonalData {

    /** The profile, every order (with its line items) and interaction, newest first, and the customer's counters. */
    Held read(WorkspaceId workspace, CustomerId customer);

    /**
     * Deletes the customer's orders, interactions, counters item and profile, in that order (the profile last,
     * so an interrupted erasure can still be found and re-run). Records waiting in the outbox go with their
     * items. Deleting what is already gone changes nothing, so a re-run is safe.
     */
    Removed erase(WorkspaceId workspace, CustomerId customer);

    /**
     * Deletes some of the customer's orders and interactions by id (an unmerge takes back what a merge moved);
     * returns how many items were deleted. Deleting what is gone changes nothing.
     */
    int removeRecords(WorkspaceId workspace, CustomerId customer, java.util.Collection<String> orderIds,
                      java.util.Collection<String> interactionIds);

    record Held(Optional<CustomerProfile> profile, List<Order> orders, List<Interaction> interactions,
                Optional<RealtimeCounters> counters) {
        public boolean isEmpty() {
            return profile.isEmpty() && orders.isEmpty() && interactions.isEmpty() && counters.isEmpty();
        }
    }

    /** How many items were deleted per table; {@code pendingSync} of them were still waiting in the outbox. */
    record Removed(int customers, int orders, int interactions, int realtimeMetrics, int pendingSync) {
        public int total() {
            return customers + orders + interactions + realtimeMetrics;
        }
    }
}
