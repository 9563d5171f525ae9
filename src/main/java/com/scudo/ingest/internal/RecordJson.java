package com.scudo.ingest.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Records as the outbox and the ledger keep them: JSON, and a SHA-256 fingerprint of their content. */
final class RecordJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordJson() {
    }

    static String write(Object record) {
        return JSON.writeValueAsString(record);
    }

    static Order order(String json) {
        return JSON.readValue(json, Order.class);
    }

    static CustomerProfile customer(String json) {
        return JSON.readValue(json, CustomerProfile.class);
    }

    static Interaction interaction(String json) {
        return JSON.readValue(json, Interaction.class);
    }

    /** The order's content, amounts compared by value (1.5 and 1.50 are the same order), flags sorted. */
    static String fingerprint(Order o) {
        StringBuilder text = new StringBuilder().append(o.id().value()).append('|').append(o.customerId().value())
                .append('|').append(o.orderedAt()).append('|').append(plain(o.amount())).append('|').append(o.currency())
                .append('|').append(plain(o.discount())).append('|').append(o.channel().name())
                .append('|').append(o.flags().stream().map(Enum::name).sorted().toList())
                .append('|').append(plain(o.refunded())).append('|').append(o.cancelled());
        for (Order.OrderItem item : o.items()) {
            text.append('|').append(item.sku()).append(',').append(item.name()).append(',').append(item.category())
                    .append(',').append(item.quantity()).append(',').append(plain(item.unitPrice()));
        }
        return sha256(text.toString());
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The profile's content without its update time (creation to the millisecond), so a retry is recognised. */
    static String fingerprint(CustomerProfile p) {
        java.time.Instant created = p.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return sha256(write(new CustomerProfile(p.workspace(), p.id(), p.name(), p.email(), p.phone(), p.company(),
                p.address(), p.preferences(), p.tags(), created, created)));
    }

    static String fingerprint(Interaction i) {
        return sha256(write(i));
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20); // 40 characters, as content_hash holds
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
