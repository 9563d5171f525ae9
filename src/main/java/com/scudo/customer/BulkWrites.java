package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Bulk loads into the operational store (file imports). Reads and writes go in batches; the caller
 * decides, from what is stored, which records are new, changed or the same, writes the analytical
 * copy first and then calls the writes below, which leave nothing pending for the outbox.
 */
public interface BulkWrites {

    /** The stored profiles, in the order of {@code ids} (empty where absent). */
    List<Optional<CustomerProfile>> findCustomers(WorkspaceId workspace, List<CustomerId> ids);

    /** The stored orders with the same keys, in the order of {@code orders} (empty where absent). */
    List<Optional<Order>> findOrders(List<Order> orders);

    List<Optional<Interaction>> findInteractions(List<Interaction> interactions);

    /** Creates or replaces the profiles. */
    void putCustomers(List<CustomerProfile> profiles);

    /**
     * Moves the real-time counters for orders about to be added: summed per day and per customer, one
     * update per counter. {@code mark} names the batch (the same when a batch is retried after a
     * crash): a counter already moved under this mark is not moved again. Call it before
     * {@link #addOrders}, with the same orders, so every stored order has been counted exactly once.
     */
    void countOrders(List<Order> orders, String mark);

    /** Stores orders that are not stored yet (batches of 25); the counters are {@link #countOrders}'s job. */
    void addOrders(List<Order> orders);

    /** Replaces stored orders that changed; the counters stay as first counted. */
    void replaceOrders(List<Order> orders);

    /** As {@link #countOrders} for interactions. */
    void countInteractions(List<Interaction> interactions, String mark);

    /** As {@link #addOrders} for interactions. */
    void addInteractions(List<Interaction> interactions);

    void replaceInteractions(List<Interaction> interactions);
}
