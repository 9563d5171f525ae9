package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Orders in the operational store: a customer's history is one query, newest first. */
public interface OrderHistory {

    /**
     * Records the order once: a retry with the same id changes nothing, a changed order replaces the
     * stored one. A new order also moves the real-time counters, in the same transaction.
     */
    WriteOutcome record(Order order);

    Optional<Order> find(WorkspaceId workspace, CustomerId customer, OrderId order);

    List<Order> newestFirst(WorkspaceId workspace, CustomerId customer, int limit);
}
