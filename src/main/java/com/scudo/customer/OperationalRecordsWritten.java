package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.Set;

/**
 * Published once records of these customers (profile, orders, interactions, counters) were written to or erased
 * from the operational store, by the writer that did it (the recording path's copier, an import, an erasure):
 * whoever keeps copies of a customer's operational records drops them.
 */
public record OperationalRecordsWritten(WorkspaceId workspace, Set<CustomerId> customers) {
    public OperationalRecordsWritten {
        customers = Set.copyOf(customers);
    }
}
