package com.scudo.recommendation;

import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;

/** List filter: every part optional; {@code limit} 1–1000. */
public record RecommendationQuery(RecommendationStatus status, ActionType type, CustomerId customer, int limit) {
    public static final int MAX_LIMIT = 1000;

    public RecommendationQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static RecommendationQuery open(int limit) {
        return new RecommendationQuery(RecommendationStatus.OPEN, null, null, limit);
    }
}
