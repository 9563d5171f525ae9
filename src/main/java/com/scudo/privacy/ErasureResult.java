package com.scudo.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * What an erasure did: {@code status} is {@code erased}, or {@code pending} while an analytics run holds it
 * back (it completes by itself afterwards). {@code removed} counts the deleted items or rows per store table
 * (prefixed {@code dynamodb.} or {@code sql.}) in the run that completed it.
 */
public record ErasureResult(String customerId, String status, Instant requestedAt, Instant erasedAt,
                            Map<String, Integer> removed) {

    public boolean erased() {
        return "erased".equals(status);
    }
}
