package com.scudo.segment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a rule would select before it is saved: the canonical rule text, and the number, total value and
 * average churn/CLV of the matching customers, evaluated as of {@code asOf} (the last analytics run); money in
 * {@code currency}, the workspace's reporting currency.
 */
public record SegmentPreview(String rule, LocalDate asOf, long customers, BigDecimal totalValue,
                             BigDecimal averageChurn, BigDecimal averageClv, String currency) {
}
