package com.scudo.analytics.internal;

import java.util.List;

/** A customer's orders up to the as-of date, oldest first, and their recent interactions. */
record CustomerHistory(String customerId, List<OrderLine> orders, InteractionSummary interactions) {
}
