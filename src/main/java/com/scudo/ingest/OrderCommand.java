package com.scudo.ingest;

import java.math.BigDecimal;
import java.util.List;

/** Record an order. {@code orderedAt} is ISO-8601: an instant, a date-time with offset, or a date (UTC midnight). */
public record OrderCommand(
        String id,
        String customerId,
        String orderedAt,
        BigDecimal amount,
        String currency,
        BigDecimal discount,
        String channel,
        List<Item> items,
        List<String> flags) {

    public record Item(String sku, String name, String category, Integer quantity, BigDecimal unitPrice) {
    }
}
