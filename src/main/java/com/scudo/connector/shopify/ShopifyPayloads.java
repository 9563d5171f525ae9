package com.scudo.connector.shopify;

import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.OrderCommand;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Shopify's order, refund and customer resources (webhook payloads and bulk-operation lines, REST field names) in
 * Scudo's commands. Customers are keyed as the Shopify orders import keys them: by e-mail address
 * ({@code em-} and a hash, so a CSV import and the connector find the same customer); a customer without an
 * address by Shopify's id ({@code shopify-<id>}). Orders are keyed by their name ({@code #1001}), as the import does.
 */
public final class ShopifyPayloads {
    private ShopifyPayloads() {
    }

    /** One refund of an order: its id and the money given back (the successful refund transactions). */
    public record Refund(String id, String orderId, BigDecimal amount) {
    }

    public static String customerKey(String email, String shopifyCustomerId, String orderId) {
        if (email != null && !email.isBlank()) {
            return emailKey(email);
        }
        return shopifyCustomerId != null ? "shopify-" + shopifyCustomerId : "shopify-order-" + orderId;
    }

    /** The same rule as the Shopify orders import: the same address always gives the same key. */
    static String emailKey(String email) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "em-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String orderId(JsonNode order) {
        return idText(order.get("id"));
    }

    public static String orderKey(JsonNode order) {
        String name = text(order, "name");
        return name != null ? name : orderId(order);
    }

    public static String orderEmail(JsonNode order) {
        String email = text(order, "email");
        JsonNode customer = order.get("customer");
        return email != null ? email : customer == null ? null : text(customer, "email");
    }

    public static String customerIdOf(JsonNode order) {
        JsonNode customer = order.get("customer");
        return customer == null || customer.isNull() ? null : idText(customer.get("id"));
    }

    /**
     * The order as Scudo records it; {@code refundedTotal} is what all refunds known for it come to (capped at the
     * order's total). A cancelled order is voided whatever its payment state says, as in the import.
     */
    public static OrderCommand order(JsonNode order, String customerKey, BigDecimal refundedTotal) {
        BigDecimal total = money(order, "total_price");
        List<OrderCommand.Item> items = new ArrayList<>();
        for (JsonNode line : iterable(order.get("line_items"))) {
            items.add(new OrderCommand.Item(cut(text(line, "sku"), 80), cut(text(line, "title"), 200), null,
                    line.hasNonNull("quantity") ? line.get("quantity").asInt() : null, money(line, "price")));
        }
        String status = text(order, "cancelled_at") != null ? "voided" : text(order, "financial_status");
        BigDecimal refunded = refundedTotal == null || refundedTotal.signum() == 0 ? null
                : total == null ? refundedTotal : refundedTotal.min(total);
        List<String> flags = refunded != null || "voided".equals(status) ? List.of("returned") : List.of();
        return new OrderCommand(orderKey(order), customerKey, text(order, "created_at"), total,
                text(order, "currency"), money(order, "total_discounts"), channel(text(order, "source_name")), items,
                flags, status, refunded);
    }

    /** The refunds an order payload carries. */
    public static List<Refund> refundsOf(JsonNode order) {
        List<Refund> refunds = new ArrayList<>();
        for (JsonNode refund : iterable(order.get("refunds"))) {
            refunds.add(refund(refund, orderId(order)));
        }
        return refunds;
    }

    /** A refunds/create payload, or a refund inside an order: only successful refund transactions give money back. */
    public static Refund refund(JsonNode refund, String orderId) {
        BigDecimal amount = BigDecimal.ZERO;
        for (JsonNode transaction : iterable(refund.get("transactions"))) {
            String kind = text(transaction, "kind");
            String status = text(transaction, "status");
            if ((kind == null || kind.equals("refund")) && (status == null || status.equals("success"))) {
                BigDecimal value = money(transaction, "amount");
                amount = value == null ? amount : amount.add(value);
            }
        }
        String order = refund.hasNonNull("order_id") ? idText(refund.get("order_id")) : orderId;
        return new Refund(idText(refund.get("id")), order, amount);
    }

    /** A customers/create or customers/update payload, or an order's customer. */
    public static CustomerCommand customer(JsonNode customer, String key) {
        String first = text(customer, "first_name");
        String last = text(customer, "last_name");
        String name = first == null ? last : last == null ? first : first + " " + last;
        if (name == null) {
            // Shopify keeps customers without a name (a checkout with an e-mail only); its admin shows them by address.
            String email = text(customer, "email");
            name = email != null ? email : "Shopify customer " + idText(customer.get("id"));
        }
        JsonNode address = customer.get("default_address");
        boolean address0 = address != null && !address.isNull();
        boolean emailOptIn = "subscribed".equals(text(customer.path("email_marketing_consent"), "state"))
                || customer.path("accepts_marketing").asBoolean(false);
        List<String> tags = new ArrayList<>();
        String tagText = text(customer, "tags");
        if (tagText != null) {
            for (String tag : tagText.split(",")) {
                if (!tag.isBlank()) {
                    tags.add(cut(tag.strip(), 50));
                }
            }
        }
        return new CustomerCommand(key, cut(name, 200), text(customer, "email"), cut(text(customer, "phone"), 40),
                address0 ? cut(text(address, "company"), 200) : null, address0 ? cut(text(address, "city"), 100) : null,
                address0 ? cut(text(address, "province"), 100) : null,
                address0 ? cut(text(address, "country"), 100) : null,
                new CustomerCommand.Preferences(null, List.of(), emailOptIn, false), tags, text(customer, "created_at"));
    }

    static String channel(String source) {
        if (source == null) {
            return "web";
        }
        return switch (source.strip().toLowerCase(Locale.ROOT)) {
            case "pos" -> "store";
            case "shopify_draft_order" -> "phone";
            case "iphone", "android", "mobile_app" -> "mobile";
            default -> "web";
        };
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asString();
        return text == null || text.isBlank() ? null : text;
    }

    /** Shopify sends money as strings ("19.99"); a number is taken too. */
    static BigDecimal money(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new com.scudo.shared.InvalidInputException(field, field + " '" + text + "' is not an amount");
        }
    }

    /** Ids arrive as numbers in webhooks and as gid://shopify/Order/123 in GraphQL: both give "123". */
    static String idText(JsonNode id) {
        if (id == null || id.isNull()) {
            return null;
        }
        String text = id.asString();
        int slash = text.lastIndexOf('/');
        return slash >= 0 ? text.substring(slash + 1) : text;
    }

    static Iterable<JsonNode> iterable(JsonNode array) {
        return array == null || !array.isArray() ? List.of() : array;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
