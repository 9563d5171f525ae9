package com.scudo.connector.shopify;

import java.time.Instant;

/**
 * A backfill of a shop's history: {@code status} running, completed or failed (a failed one resumes where it
 * stopped); {@code objectCount} what Shopify's bulk operation counted so far, {@code linesDone} the result lines
 * recorded, {@code ordersRecorded} the orders among them.
 */
public record Backfill(String id, String connectionId, String status, String bulkOperationId, long objectCount,
                       long linesDone, long ordersRecorded, String error, Instant startedAt, Instant updatedAt) {
}
