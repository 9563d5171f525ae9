package com.scudo.segment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One customer of a segment, with the figures a member list shows. */
public record SegmentMember(String customerId, String name, String email, String lifecycle, String primarySegment,
                            BigDecimal totalSpent, int orders, BigDecimal churn, BigDecimal clv, LocalDate lastOrder) {
}
