package com.scudo.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer's headline scores as one run left them: the points of their trend. */
public record ScoreSnapshot(LocalDate date, BigDecimal churn, BigDecimal clv, int orders, BigDecimal totalSpent) {
}
