package com.scudo.recommendation.internal;

import com.scudo.recommendation.ActionType;

import java.math.BigDecimal;

/** A recommendation the rules produced for one customer, before it is stored. */
record Candidate(String customerId, ActionType type, String title, String reason, BigDecimal expectedValue) {
}
