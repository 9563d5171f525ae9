package com.scudo.connector.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A URL listening to some events; {@code churnThreshold} (0..1) is the level churn.crossed fires at. */
public record Subscription(String id, String url, Set<EventType> events, BigDecimal churnThreshold, Instant createdAt) {
}
