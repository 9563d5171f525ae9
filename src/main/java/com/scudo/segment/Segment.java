package com.scudo.segment;

import java.time.Instant;

/**
 * A named rule in the filter language. Customers matching the rule belong to the segment; a customer's
 * primary segment is the matching one with the lowest {@code priority} (ties by id).
 */
public record Segment(SegmentId id, String name, String description, String rule, int priority, boolean builtIn,
                      Instant createdAt, Instant updatedAt) {
}
