package com.scudo.analytics;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * When each customer is expected to order next, as the last scoring put it (the purchase model's expected time
 * to the next order from the last one). A customer is absent when the model gives no date (not scored yet, too
 * few orders, or most likely gone).
 */
public interface ExpectedNextOrders {

    /** At most {@link #MAX_CUSTOMERS} customers a call. */
    Map<CustomerId, LocalDate> nextOrderDates(WorkspaceId workspace, Collection<CustomerId> customers);

    int MAX_CUSTOMERS = 10_000;
}
