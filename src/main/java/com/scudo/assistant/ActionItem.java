package com.scudo.assistant;

import java.math.BigDecimal;

/** A recommended action, for one customer or a group ({@code customerId} null). */
public record ActionItem(String customerId, String customerName, String type, String title, String reason,
                         BigDecimal expectedValue) {
}
