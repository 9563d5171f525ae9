package com.scudo.customer360;

import java.math.BigDecimal;

/** One customer a look-up could mean, with what tells them apart. */
public record CustomerCandidate(String customerId, String name, String email, String city, BigDecimal totalSpent) {
}
