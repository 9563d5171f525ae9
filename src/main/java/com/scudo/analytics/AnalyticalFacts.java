package com.scudo.analytics;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;

import java.util.List;

/**
 * The analytical store's copy of the operational records. Every write is an upsert on the record's
 * id, so replaying a record (after a failure, or a retried request) never duplicates it.
 */
public interface AnalyticalFacts {

    void upsertCustomer(CustomerProfile profile);

    void upsertOrder(Order order);

    void upsertInteraction(Interaction interaction);

    /** Bulk form of {@link #upsertOrder}, one statement batch. */
    void upsertOrders(List<Order> orders);

    /** Takes orders out of the purchases the models count (refunded in full, cancelled, or held back). */
    void removeOrders(com.scudo.shared.WorkspaceId workspace, java.util.Collection<com.scudo.shared.OrderId> orders);

    void upsertCustomers(List<CustomerProfile> profiles);

    /**
     * Bulk load: upserts the records with one bound statement per table, thousands of rows per JDBC
     * batch (on PostgreSQL, {@code reWriteBatchedInserts=true} in the URL turns them into multi-row
     * statements). Run it inside a transaction to write all or nothing.
     */
    void upsertAll(List<CustomerProfile> profiles, List<Order> orders, List<Interaction> interactions);
}
