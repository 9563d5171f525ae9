package com.scudo.analytics;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published after some customers' metrics were refreshed (after new orders) with the last fitted models: one
 * event per batch, so segments and recommendations follow for the whole batch at once.
 */
public record CustomerMetricsRefreshed(WorkspaceId workspace, Set<CustomerId> customers, LocalDate asOf) {
    public CustomerMetricsRefreshed {
        customers = Set.copyOf(customers);
    }
}
