package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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
     * Adds orders that are not stored yet, each group of up to 25 in one transaction together with
     * the real-time counters it moves (summed per day and per customer), so an order is stored if and
     * only if it is counted. An order that turns out to exist already is replaced, not counted.
     */
    void addOrders(List<Order> orders);

    /** Replaces stored orders that changed; the counters stay as first counted. */
    void replaceOrders(List<Order> orders);

    /** As {@link #addOrders} for interactions. */
    void addInteractions(List<Interaction> interactions);

    void replaceInteractions(List<Interaction> interactions);

    /** Puts orders as they are, in batches of 25: no counter moves and nothing is left pending. */
    void putOrders(List<Order> orders);

    /** As {@link #putOrders} for interactions. */
    void putInteractions(List<Interaction> interactions);

    /**
     * Sets customers' real-time counters to final totals, one write per customer (a bulk load, whose
     * customers are new, counts their whole history at once instead of one increment per record).
     */
    void setCustomerCounters(WorkspaceId workspace, Map<CustomerId, RealtimeCounters> totals);

    /** Sets the per-day counters to these totals (a workspace that holds nothing else). */
    void setDayCounters(WorkspaceId workspace, Map<LocalDate, RealtimeCounters> totals);

    /** Adds these totals to the per-day counters (a bulk load into a workspace that has other data). */
    void addDayCounters(WorkspaceId workspace, Map<LocalDate, RealtimeCounters> totals);

    /**
     * How many threads writing at once still speed things up: one on disk (SQLite syncs every write,
     * so a second writer only queues behind the first), several in memory or on AWS.
     */
    int usefulWriters();

    /** Visits the id of every customer of the workspace (keys only, page by page). */
    void forEachCustomerId(WorkspaceId workspace, Consumer<CustomerId> visitor);
}
