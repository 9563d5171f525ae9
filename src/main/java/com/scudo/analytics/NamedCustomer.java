package com.scudo.analytics;

import java.math.BigDecimal;

/** One customer a look-up found or could mean, with what tells them apart; {@code totalSpent} null before a run. */
public record NamedCustomer(String customerId, String name, String email, String city, BigDecimal totalSpent) {
}
