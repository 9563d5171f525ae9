package com.scudo.connector;

import com.scudo.connector.internal.Signatures;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Shopify webhook payloads in the documented REST shapes, and a client that signs them as Shopify does. */
public final class ShopifySamples {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private ShopifySamples() {
    }

    public static String order(long id, String name, String email, long customerId, String total, String currency,
                        String financialStatus, String refundsJson) {
        return """
                {"id": %d, "admin_graphql_api_id": "gid://shopify/Order/%d", "name": "%s", "email": "%s",
                 "created_at": "2026-03-01T10:15:00-05:00", "updated_at": "2026-03-01T10:15:00-05:00",
                 "currency": "%s", "presentment_currency": "%s", "total_price": "%s", "subtotal_price": "%s",
                 "total_discounts": "0.00", "financial_status": "%s", "cancelled_at": null, "source_name": "web",
                 "customer": {"id": %d, "email": "%s", "first_name": "Ada", "last_name": "Lovelace",
                              "created_at": "2025-01-05T09:00:00-05:00",
                              "default_address": {"city": "Boston", "province": "Massachusetts", "country": "United States"}},
                 "line_items": [{"id": 1, "sku": "TEA-1", "title": "Green tea", "quantity": 2, "price": "%s"}],
                 "refunds": %s}
                """.formatted(id, id, name, email, currency, currency, total, total, financialStatus, customerId, email,
                new java.math.BigDecimal(total).divide(java.math.BigDecimal.valueOf(2)).toPlainString(), refundsJson);
    }

    static String refund(long id, long orderId, String amount) {
        return """
                {"id": %d, "order_id": %d, "created_at": "2026-03-05T12:00:00-05:00", "note": "damaged",
                 "refund_line_items": [],
                 "transactions": [{"id": %d, "order_id": %d, "kind": "refund", "status": "success", "amount": "%s",
                                   "currency": "EUR"}]}
                """.formatted(id, orderId, id + 1000, orderId, amount);
    }

    public static HttpResponse<String> post(int port, String shop, String topic, String webhookId, String secret, String body) {
        return postSigned(port, shop, topic, webhookId, Signatures.shopify(secret, body.getBytes(StandardCharsets.UTF_8)), body);
    }

    static HttpResponse<String> postSigned(int port, String shop, String topic, String webhookId, String hmac, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/shopify/webhooks"))
                    .header("Content-Type", "application/json")
                    .header("X-Shopify-Topic", topic)
                    .header("X-Shopify-Shop-Domain", shop)
                    .header("X-Shopify-Webhook-Id", webhookId)
                    .header("X-Shopify-Hmac-Sha256", hmac)
                    .header("X-Shopify-API-Version", "2025-10")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
