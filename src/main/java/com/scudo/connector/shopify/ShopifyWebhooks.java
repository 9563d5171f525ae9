package com.scudo.connector.shopify;

import com.scudo.connector.internal.Connection;
import com.scudo.connector.internal.ConnectionStore;
import com.scudo.connector.internal.Signatures;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.Set;

/**
 * One Shopify webhook delivery: the shop's connection is found by X-Shopify-Shop-Domain, the HMAC-SHA256 of the raw
 * body checked against its webhook secret (before anything is parsed), a delivery already handled (same
 * X-Shopify-Webhook-Id) acknowledged without effect, the payload fed through the recording path, and only then
 * the delivery marked handled — so a crash in between means Shopify redelivers and the idempotent writes repeat
 * harmlessly.
 */
@Service
public class ShopifyWebhooks {
    public static final Set<String> TOPICS = Set.of("orders/create", "orders/updated", "refunds/create",
            "customers/create", "customers/update", "customers/data_request", "customers/redact", "shop/redact");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ConnectionStore connections;
    private final ShopifyRecords records;
    private final ShopifyOrderFeed feed;
    private final ShopifyPrivacyRequests privacy;

    ShopifyWebhooks(ConnectionStore connections, ShopifyRecords records, ShopifyOrderFeed feed,
                    ShopifyPrivacyRequests privacy) {
        this.connections = connections;
        this.records = records;
        this.feed = feed;
        this.privacy = privacy;
    }

    /** What a delivery did: {@code outcome} is recorded, duplicate, or ignored (a topic Scudo does not use). */
    public record Handled(String topic, String webhookId, String outcome, String detail) {
    }

    public Handled handle(String shopDomain, String topic, String webhookId, String hmac, byte[] rawBody) {
        if (shopDomain == null || shopDomain.isBlank()) {
            throw new InvalidInputException("X-Shopify-Shop-Domain", "the X-Shopify-Shop-Domain header is missing");
        }
        Connection connection = connections.byAccount(Connection.SHOPIFY, shopDomain.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No Shopify connection for " + shopDomain));
        String secret = connections.secrets(connection.id()).get(ShopifyConnections.WEBHOOK_SECRET);
        if (!Signatures.shopifyValid(secret, rawBody, hmac)) {
            connections.failed(connection.id(), "a webhook with a wrong X-Shopify-Hmac-Sha256 was refused");
            throw new SignatureRefused("The X-Shopify-Hmac-Sha256 signature does not match the body");
        }
        if (webhookId == null || webhookId.isBlank()) {
            throw new InvalidInputException("X-Shopify-Webhook-Id", "the X-Shopify-Webhook-Id header is missing");
        }
        String id = webhookId.trim();
        String topicName = topic == null ? "" : topic.trim();
        if (records.delivered(connection.id(), id)) {
            return new Handled(topicName, id, "duplicate", null);
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(rawBody);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "the body is not JSON: " + e.getOriginalMessage());
        }
        if (!payload.isObject()) {
            throw new InvalidInputException("body", "the body is not a JSON object");
        }
        String detail;
        try {
            detail = dispatch(connection, topicName, payload);
        } catch (RuntimeException e) {
            connections.failed(connection.id(), topicName + " " + id + ": " + e.getMessage());
            throw e;
        }
        records.markDelivered(connection.id(), id, topicName.isEmpty() ? "?" : topicName);
        connections.eventReceived(connection.id());
        return new Handled(topicName, id, detail == null ? "ignored" : "recorded", detail);
    }

    private String dispatch(Connection connection, String topic, JsonNode payload) {
        var workspace = connection.workspace();
        return switch (topic) {
            case "orders/create", "orders/updated" -> feed.order(workspace, connection.id(), payload).status();
            case "refunds/create" -> feed.refund(workspace, connection.id(), payload)
                    .map(r -> r.status()).orElse("kept until its order arrives");
            case "customers/create", "customers/update" -> feed.customer(workspace, connection.id(), payload).status();
            case "customers/redact" -> privacy.customerRedact(workspace, connection.id(), payload);
            case "customers/data_request" -> privacy.dataRequest(connection.id(), payload);
            case "shop/redact" -> {
                String outcome = privacy.shopRedact(workspace, connection.id());
                connections.status(connection.id(), "redacted");
                yield outcome;
            }
            default -> null;
        };
    }
}
