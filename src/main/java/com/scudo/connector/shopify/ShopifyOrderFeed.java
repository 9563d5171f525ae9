package com.scudo.connector.shopify;

import com.scudo.ingest.IngestResult;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.OrderCommand;
import com.scudo.shared.CustomerAliases;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * Feeds Shopify orders, refunds and customers — from webhooks and from a backfill alike — through ingest's one
 * recording path. Every write there is idempotent on the order's name and the customer's key, so a delivery
 * handled twice (Shopify redelivers until it hears 2xx) changes nothing the second time. An order's refunded
 * amount is the sum of every refund known for it, whether it came in the order's payload or in refunds/create,
 * so the two may arrive in either order.
 */
@Component
public class ShopifyOrderFeed {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final IngestService ingest;
    private final ShopifyRecords records;
    private final CustomerAliases aliases;

    ShopifyOrderFeed(IngestService ingest, ShopifyRecords records, CustomerAliases aliases) {
        this.ingest = ingest;
        this.records = records;
        this.aliases = aliases;
    }

    public IngestResult order(WorkspaceId workspace, String connection, JsonNode order) {
        String orderId = ShopifyPayloads.orderId(order);
        if (orderId == null) {
            throw new com.scudo.shared.InvalidInputException("id", "the order has no id");
        }
        String shopifyCustomer = ShopifyPayloads.customerIdOf(order);
        String email = ShopifyPayloads.orderEmail(order);
        Optional<String> survivor = survivorOf(workspace, email);
        String key = known(connection, shopifyCustomer).or(() -> survivor)
                .orElse(ShopifyPayloads.customerKey(email, shopifyCustomer, orderId));
        JsonNode customer = order.get("customer");
        if (survivor.filter(key::equals).isPresent()) {
            records.customer(connection, shopifyCustomer, key);   // the survivor's profile is kept
        } else if (customer != null && customer.isObject()) {
            var command = ShopifyPayloads.customer(customer, key);
            if (command.email() == null && email != null) {
                command = new com.scudo.ingest.CustomerCommand(key, command.name(), email, command.phone(),
                        command.company(), command.city(), command.region(), command.country(), command.preferences(),
                        command.tags(), command.createdAt());
            }
            ingest.upsertCustomer(workspace, command);
            records.customer(connection, shopifyCustomer, key);
        }
        ShopifyPayloads.refundsOf(order).forEach(refund -> records.refund(connection, refund));
        OrderCommand command = ShopifyPayloads.order(order, key, records.refundedTotal(connection, orderId));
        IngestResult result = ingest.recordOrder(workspace, command);
        records.saveOrder(connection, orderId, new ShopifyRecords.StoredOrder(command.id(), key,
                JSON.writeValueAsString(command)));
        return result;
    }

    /**
     * A refund on its own: kept, and the order re-recorded with its new refunded total. A refund of an order not yet
     * seen waits for it (the order's own delivery then includes it).
     */
    public Optional<IngestResult> refund(WorkspaceId workspace, String connection, JsonNode refund) {
        ShopifyPayloads.Refund parsed = ShopifyPayloads.refund(refund, null);
        if (parsed.id() == null || parsed.orderId() == null) {
            throw new com.scudo.shared.InvalidInputException("order_id", "a refund needs its id and order_id");
        }
        records.refund(connection, parsed);
        return records.order(connection, parsed.orderId()).map(stored -> {
            OrderCommand before = JSON.readValue(stored.commandJson(), OrderCommand.class);
            var total = records.refundedTotal(connection, parsed.orderId());
            var refunded = before.amount() == null ? total : total.min(before.amount());
            OrderCommand after = new OrderCommand(before.id(), before.customerId(), before.orderedAt(), before.amount(),
                    before.currency(), before.discount(), before.channel(), before.items(),
                    refunded.signum() > 0 ? java.util.List.of("returned") : before.flags(),
                    refunded.compareTo(before.amount()) >= 0 ? "refunded" : "partially_refunded", refunded);
            IngestResult result = ingest.recordOrder(workspace, after);
            records.saveOrder(connection, parsed.orderId(), new ShopifyRecords.StoredOrder(after.id(),
                    after.customerId(), JSON.writeValueAsString(after)));
            return result;
        });
    }

    public IngestResult customer(WorkspaceId workspace, String connection, JsonNode customer) {
        String shopifyId = ShopifyPayloads.idText(customer.get("id"));
        String email = ShopifyPayloads.text(customer, "email");
        Optional<String> survivor = survivorOf(workspace, email);
        String key = known(connection, shopifyId).or(() -> survivor)
                .orElse(ShopifyPayloads.customerKey(email, shopifyId, null));
        if (survivor.filter(key::equals).isPresent()) {
            records.customer(connection, shopifyId, key);
            return new IngestResult("customer", key, "merged", true, "the address " + email
                    + " belongs to customer " + key + " since a merge; that customer's profile is kept");
        }
        IngestResult result = ingest.upsertCustomer(workspace, ShopifyPayloads.customer(customer, key));
        records.customer(connection, shopifyId, key);
        return result;
    }

    /**
     * The customer an address finds after a merge (identity resolution's aliases): a merged-away customer's e-mail
     * must not make a new customer. Ids need no look-up here: the recording path resolves them.
     */
    private Optional<String> survivorOf(WorkspaceId workspace, String email) {
        return email == null || email.isBlank() ? Optional.empty()
                : aliases.survivorOfEmail(workspace, email).map(CustomerId::value);
    }

    /** A Shopify customer keeps the key they were first given, even when they add or change their address later. */
    private Optional<String> known(String connection, String shopifyCustomer) {
        return shopifyCustomer == null ? Optional.empty() : records.customerKey(connection, shopifyCustomer);
    }
}
