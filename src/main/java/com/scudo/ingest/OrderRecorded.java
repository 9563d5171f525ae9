package com.scudo.ingest;

import com.scudo.shared.CustomerId;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;
import java.time.Instant;

/** Published once a new or changed order is in both stores: listeners refresh that customer's scores. */
public record OrderRecorded(WorkspaceId workspace, CustomerId customerId, OrderId orderId, Instant orderedAt,
                            BigDecimal amount) {
}
