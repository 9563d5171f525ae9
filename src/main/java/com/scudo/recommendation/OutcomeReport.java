package com.scudo.recommendation;

import java.time.Instant;
import java.util.List;

/** Outcomes per action type, counting orders within {@code windowDays} after each action. */
public record OutcomeReport(int windowDays, Instant asOf, List<ActionOutcome> byType) {
}
