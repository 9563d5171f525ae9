package com.scudo.recommendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recommended action for one customer. {@code expectedValue} is money in {@code currency} (the workspace's
 * reporting currency);
 * the outcome fields are filled for done actions by the check after each analytics run.
 */
public record Recommendation(String id, String customerId, String customerName, ActionType type, String title,
                             String reason, BigDecimal expectedValue, String currency, int priority, RecommendationStatus status,
                             LocalDate createdOn, LocalDate generatedOn, Instant updatedAt,
                             Instant statusChangedAt, LocalDate actedOn, Outcome outcome) {

    /** Whether the customer ordered within the outcome window after the action, as of {@code checkedAt}. */
    public record Outcome(boolean orderedAgain, int orders, BigDecimal revenue, Instant checkedAt) {
    }
}
