package com.scudo.recommendation;

import java.math.BigDecimal;

/**
 * The open recommendations of one action type among the customers of one primary segment, e.g.
 * "Send a retention offer to 2 at-risk customers worth $3,150". {@code segment} is null for customers
 * without a primary segment.
 */
public record SegmentAction(String segment, ActionType type, int customers, BigDecimal expectedValue,
                            String summary) {
}
