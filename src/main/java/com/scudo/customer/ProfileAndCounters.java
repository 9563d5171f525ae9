package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.Optional;

/**
 * A customer's operational profile and live counters, read in one request to the operational store: the 360
 * view needs both, and on the embedded store every request waits its turn on one database thread.
 */
public interface ProfileAndCounters {

    record Read(Optional<CustomerProfile> profile, RealtimeCounters counters) {
    }

    Read read(WorkspaceId workspace, CustomerId customer);
}
