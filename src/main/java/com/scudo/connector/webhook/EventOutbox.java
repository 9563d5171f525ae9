package com.scudo.connector.webhook;

import com.scudo.connector.ConnectorSettings;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_DELIVERIES;

/**
 * Queues an event for one subscription: a row of the delivery outbox, written with the caller's DSLContext so it
 * commits in the same transaction as the change that caused it (the event sources' snapshots). The row's id is
 * the event's id and the Idempotency-Key of every attempt to deliver it.
 */
@Component
class EventOutbox {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Clock clock;
    private final ConnectorSettings settings;

    EventOutbox(Clock clock, ConnectorSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    String enqueue(DSLContext tx, WorkspaceId workspace, Subscription subscription, EventType type,
                   Map<String, Object> data) {
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        Instant now = clock.instant();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", type.label());
        event.put("created", now.getEpochSecond());
        event.put("workspace", workspace.value());
        event.put("data", data);
        tx.insertInto(CONNECTOR_DELIVERIES)
                .set(CONNECTOR_DELIVERIES.ID, id)
                .set(CONNECTOR_DELIVERIES.SUBSCRIPTION_ID, subscription.id())
                .set(CONNECTOR_DELIVERIES.WORKSPACE_ID, workspace.value())
                .set(CONNECTOR_DELIVERIES.EVENT_TYPE, type.label())
                .set(CONNECTOR_DELIVERIES.PAYLOAD, JSON.writeValueAsString(event))
                .set(CONNECTOR_DELIVERIES.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(CONNECTOR_DELIVERIES.RETRY_UNTIL, now.plus(settings.deliveryRetryFor()).atOffset(ZoneOffset.UTC))
                .set(CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
        return id;
    }
}
