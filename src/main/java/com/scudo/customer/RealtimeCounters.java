package com.scudo.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** Running counters kept on every ingest: per workspace and day, and per customer. */
public record RealtimeCounters(long orders, BigDecimal revenue, long interactions, Instant lastSeen) {
    public static final RealtimeCounters EMPTY = new RealtimeCounters(0, BigDecimal.ZERO, 0, null);
}
