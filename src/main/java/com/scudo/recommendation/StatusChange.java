package com.scudo.recommendation;

import java.time.LocalDate;

/**
 * A requested status change. {@code actedOn} optionally records when the action was actually taken
 * (e.g. the offer went out last Tuesday); it defaults to now and may not lie in the future.
 */
public record StatusChange(RecommendationStatus status, LocalDate actedOn) {
}
