package com.scudo.imports.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A record's content as a short fingerprint, stored beside its analytical copy: the same row
 * imported again has the same fingerprint. The update time is left out (it says when, not what);
 * order flags are sorted, because a set of enums iterates in a different order in every process.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static String customer(CustomerProfile p) {
        return sha1(p.withUpdatedAt(Instant.EPOCH).toString());
    }

    static String order(Order o) {
        StringBuilder text = new StringBuilder(256).append(o.workspace()).append('|').append(o.id()).append('|')
                .append(o.customerId()).append('|').append(o.orderedAt()).append('|')
                .append(o.amount().stripTrailingZeros().toPlainString()).append('|').append(o.currency()).append('|')
                .append(o.discount().stripTrailingZeros().toPlainString()).append('|').append(o.channel()).append('|');
        o.flags().stream().map(Enum::name).sorted().forEach(f -> text.append(f).append(','));
        for (Order.OrderItem item : o.items()) {
            text.append('|').append(item.sku()).append(';').append(item.name()).append(';').append(item.category())
                    .append(';').append(item.quantity()).append(';').append(item.unitPrice().stripTrailingZeros().toPlainString());
        }
        return sha1(text.toString());
    }

    static String interaction(Interaction i) {
        return sha1(i.toString());
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
