package com.scudo.connector.shopify;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * The bulk query for a shop's orders and the reading of its JSONL answer: one line per order, then one line per
 * line item carrying the order's id in {@code __parentId}. An order with its line items is turned into the REST
 * shape the webhooks use, so one mapping ({@link ShopifyPayloads}) serves both.
 */
final class BulkOrderLines {
    static final String QUERY = """
            {
              orders(sortKey: CREATED_AT) {
                edges {
                  node {
                    id name email createdAt cancelledAt sourceName currencyCode displayFinancialStatus
                    totalPriceSet { shopMoney { amount currencyCode } }
                    totalDiscountsSet { shopMoney { amount } }
                    refunds { id createdAt totalRefundedSet { shopMoney { amount } } }
                    customer { id email firstName lastName phone createdAt
                      defaultAddress { city province country company } }
                    lineItems {
                      edges { node { id sku title quantity originalUnitPriceSet { shopMoney { amount } } } }
                    }
                  }
                }
              }
            }
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BulkOrderLines() {
    }

    static boolean isChild(JsonNode line) {
        return line.hasNonNull("__parentId");
    }

    /** The order line and its line-item lines in the REST order shape. */
    static ObjectNode restOrder(JsonNode order, List<JsonNode> children) {
        ObjectNode rest = JSON.createObjectNode();
        rest.put("id", ShopifyPayloads.idText(order.get("id")));
        rest.put("name", order.path("name").asString(null));
        rest.put("email", order.path("email").asString(null));
        rest.put("created_at", order.path("createdAt").asString(null));
        rest.put("cancelled_at", order.path("cancelledAt").asString(null));
        rest.put("source_name", order.path("sourceName").asString(null));
        JsonNode shopMoney = order.path("totalPriceSet").path("shopMoney");
        rest.put("currency", shopMoney.path("currencyCode").asString(order.path("currencyCode").asString(null)));
        rest.put("total_price", shopMoney.path("amount").asString(null));
        rest.put("total_discounts", order.path("totalDiscountsSet").path("shopMoney").path("amount").asString(null));
        String status = order.path("displayFinancialStatus").asString(null);
        rest.put("financial_status", status == null ? null : status.toLowerCase(Locale.ROOT));
        JsonNode customer = order.get("customer");
        if (customer != null && customer.isObject()) {
            ObjectNode c = rest.putObject("customer");
            c.put("id", ShopifyPayloads.idText(customer.get("id")));
            c.put("email", customer.path("email").asString(null));
            c.put("first_name", customer.path("firstName").asString(null));
            c.put("last_name", customer.path("lastName").asString(null));
            c.put("phone", customer.path("phone").asString(null));
            c.put("created_at", customer.path("createdAt").asString(null));
            JsonNode address = customer.get("defaultAddress");
            if (address != null && address.isObject()) {
                c.set("default_address", address);
            }
        }
        ArrayNode refunds = rest.putArray("refunds");
        for (JsonNode refund : ShopifyPayloads.iterable(order.get("refunds"))) {
            ObjectNode r = refunds.addObject();
            r.put("id", ShopifyPayloads.idText(refund.get("id")));
            r.putArray("transactions").addObject().put("kind", "refund").put("status", "success")
                    .put("amount", refund.path("totalRefundedSet").path("shopMoney").path("amount").asString("0"));
        }
        ArrayNode items = rest.putArray("line_items");
        for (JsonNode child : children) {
            if (child.path("id").asString("").contains("/LineItem/")) {
                items.addObject().put("sku", child.path("sku").asString(null))
                        .put("title", child.path("title").asString(null))
                        .put("quantity", child.path("quantity").asInt(1))
                        .put("price", child.path("originalUnitPriceSet").path("shopMoney").path("amount").asString(null));
            }
        }
        return rest;
    }
}
