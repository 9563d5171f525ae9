package com.scudo.connector.shopify;

import com.scudo.privacy.CustomerPrivacy;
import com.scudo.privacy.ErasureResult;
import com.scudo.shared.CustomerId;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_PRIVACY_REQUESTS;

/**
 * Shopify's mandatory privacy webhooks, handled as the privacy commands are: customers/redact erases the customer
 * from both stores ({@link CustomerPrivacy#erase}, audited there), shop/redact erases every customer the shop sent,
 * customers/data_request is recorded so the merchant answers it with the customer's export
 * ({@code GET /api/v1/customers/{id}/privacy/export}). Each is listed on the Connections page.
 */
@Component
public class ShopifyPrivacyRequests {
    /** A privacy webhook as received: for a data request, the outcome says where the export to answer it with is. */
    public record Received(String topic, String customerKey, String outcome, Instant receivedAt) {
    }

    private final CustomerPrivacy privacy;
    private final ShopifyRecords records;
    private final DSLContext sql;
    private final Clock clock;

    ShopifyPrivacyRequests(CustomerPrivacy privacy, ShopifyRecords records, DSLContext sql, Clock clock) {
        this.privacy = privacy;
        this.records = records;
        this.sql = sql;
        this.clock = clock;
    }

    String customerRedact(WorkspaceId workspace, String connection, JsonNode payload) {
        String key = keyOf(connection, payload.path("customer"));
        String outcome = erase(workspace, key);
        records.forgetCustomer(connection, key);
        return note(connection, "customers/redact", key, outcome);
    }

    String dataRequest(String connection, JsonNode payload) {
        String key = keyOf(connection, payload.path("customer"));
        return note(connection, "customers/data_request", key,
                "export: GET /api/v1/customers/" + key + "/privacy/export");
    }

    String shopRedact(WorkspaceId workspace, String connection) {
        List<String> keys = records.customerKeys(connection);
        int erased = 0;
        for (String key : keys) {
            if (erase(workspace, key).startsWith("erased")) {
                erased++;
            }
        }
        records.forgetShop(connection);
        return note(connection, "shop/redact", null, erased + " of " + keys.size() + " customers erased");
    }

    /** The connection's privacy webhooks, newest first: the merchant answers each data request within 30 days. */
    public List<Received> recent(String connection, int limit) {
        return sql.select(CONNECTOR_PRIVACY_REQUESTS.TOPIC, CONNECTOR_PRIVACY_REQUESTS.CUSTOMER_KEY,
                        CONNECTOR_PRIVACY_REQUESTS.OUTCOME, CONNECTOR_PRIVACY_REQUESTS.RECEIVED_AT)
                .from(CONNECTOR_PRIVACY_REQUESTS)
                .where(CONNECTOR_PRIVACY_REQUESTS.CONNECTION_ID.eq(connection))
                .orderBy(CONNECTOR_PRIVACY_REQUESTS.RECEIVED_AT.desc())
                .limit(limit)
                .fetch(r -> new Received(r.value1(), r.value2(), r.value3(), r.value4().toInstant()));
    }

    private String keyOf(String connection, JsonNode customer) {
        String shopifyId = ShopifyPayloads.idText(customer.get("id"));
        return (shopifyId == null ? java.util.Optional.<String>empty() : records.customerKey(connection, shopifyId))
                .orElse(ShopifyPayloads.customerKey(ShopifyPayloads.text(customer, "email"), shopifyId, "unknown"));
    }

    private String erase(WorkspaceId workspace, String key) {
        try {
            ErasureResult result = privacy.erase(workspace, CustomerId.of(key));
            return result.status();
        } catch (NotFoundException nothingHeld) {
            return "nothing held";
        }
    }

    private String note(String connection, String topic, String key, String outcome) {
        sql.insertInto(CONNECTOR_PRIVACY_REQUESTS)
                .set(CONNECTOR_PRIVACY_REQUESTS.ID, UUID.randomUUID().toString())
                .set(CONNECTOR_PRIVACY_REQUESTS.CONNECTION_ID, connection)
                .set(CONNECTOR_PRIVACY_REQUESTS.TOPIC, topic)
                .set(CONNECTOR_PRIVACY_REQUESTS.CUSTOMER_KEY, key)
                .set(CONNECTOR_PRIVACY_REQUESTS.OUTCOME, outcome)
                .set(CONNECTOR_PRIVACY_REQUESTS.RECEIVED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
        return outcome;
    }
}
