package com.scudo.analytics;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.RealtimeCounters;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The analytical store as file imports use it: it is written first and is the reference an import
 * compares against. Each imported record carries a content fingerprint, so a re-imported record is
 * recognised as unchanged without reading the operational store; records written outside an import
 * have none and count as changed when an import brings them again.
 */
public interface ImportedFacts {

    /** What the analytical store holds of a customer: fingerprint (null outside imports) and times. */
    record StoredCustomer(String fingerprint, Instant createdAt, Instant updatedAt) {
    }

    Map<CustomerId, StoredCustomer> customers(WorkspaceId workspace, Collection<CustomerId> ids);

    /** Order id → fingerprint (null for an order written outside an import) of the stored ones. */
    Map<String, String> orders(WorkspaceId workspace, Collection<String> orderIds);

    Map<String, String> interactions(WorkspaceId workspace, Collection<String> interactionIds);

    /** Upserts the records with their fingerprints, thousands of rows per JDBC batch; call inside a transaction. */
    void upsert(List<CustomerProfile> customers, Function<CustomerProfile, String> customerPrint, List<Order> orders,
                Function<Order, String> orderPrint, List<Interaction> interactions,
                Function<Interaction, String> interactionPrint);

    /** Each customer's totals over every stored order and interaction: the real-time counters they imply. */
    Map<CustomerId, RealtimeCounters> customerTotals(WorkspaceId workspace, Collection<CustomerId> ids);

    /** Per-day (UTC) totals of the stored orders and interactions on {@code days}. */
    Map<LocalDate, RealtimeCounters> dayTotals(WorkspaceId workspace, Set<LocalDate> days);
}
