package com.scudo.ingest;

import java.math.BigDecimal;

/** A refund of part or all of an order, in the order's currency; {@code id} makes a retry count once. */
public record RefundCommand(String id, BigDecimal amount, String refundedAt, String reason) {
}
