package com.scudo.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * Record an order. {@code orderedAt} is ISO-8601: an instant, a date-time with offset, or a date (UTC midnight).
 * {@code currency} is an ISO 4217 code (the workspace's reporting currency when left out). {@code financialStatus}
 * takes Shopify's words (paid, partially_refunded, refunded, voided; cancelled); {@code refundedAmount} is the total
 * refunded so far, in the order's currency.
 */
public record OrderCommand(
        String id,
        String customerId,
        String orderedAt,
        BigDecimal amount,
        String currency,
        BigDecimal discount,
        String channel,
        List<Item> items,
        List<String> flags,
        String financialStatus,
        BigDecimal refundedAmount) {

    public OrderCommand(String id, String customerId, String orderedAt, BigDecimal amount, String currency,
                        BigDecimal discount, String channel, List<Item> items, List<String> flags) {
        this(id, customerId, orderedAt, amount, currency, discount, channel, items, flags, null, null);
    }

    public record Item(String sku, String name, String category, Integer quantity, BigDecimal unitPrice) {
    }
}
