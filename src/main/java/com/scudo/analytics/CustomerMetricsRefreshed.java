package com.scudo.analytics;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;

/** Published after one customer's metrics were refreshed (e.g. after a new order) with the last fitted models. */
public record CustomerMetricsRefreshed(WorkspaceId workspace, CustomerId customer, LocalDate asOf) {
}
