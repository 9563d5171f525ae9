package com.scudo.customer;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;

/** Running counters, moved by every new order and interaction. Days are UTC calendar days. */
public interface RealtimeMetrics {

    RealtimeCounters forDay(WorkspaceId workspace, LocalDate day);

    RealtimeCounters forCustomer(WorkspaceId workspace, CustomerId customer);
}
