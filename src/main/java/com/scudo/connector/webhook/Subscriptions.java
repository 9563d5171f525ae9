package com.scudo.connector.webhook;

import com.scudo.connector.internal.SecretBox;
import com.scudo.connector.internal.ApiUrls;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_SUBSCRIPTIONS;

/**
 * The workspace's webhook subscriptions. The signing secret is shown once, when the subscription is made (as an API
 * key is); afterwards it is only held sealed.
 */
@Service
public class Subscriptions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DSLContext sql;
    private final SecretBox box;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Subscriptions(DSLContext sql, SecretBox box, Clock clock, ApplicationEventPublisher events) {
        this.sql = sql;
        this.box = box;
        this.clock = clock;
        this.events = events;
    }

    /** A subscription made: its signing secret ({@code whsec_...}), shown this once. */
    public record Created(Subscription subscription, String signingSecret) {
    }

    /** Published when a subscription is made, so the event sources take their starting point. */
    public record SubscriptionCreated(WorkspaceId workspace, String subscriptionId) {
    }

    public Created create(WorkspaceId workspace, String url, List<String> eventNames, BigDecimal churnThreshold) {
        String valid = ApiUrls.validUrl("url", url == null ? "" : url.trim());
        if (eventNames == null || eventNames.isEmpty()) {
            throw new InvalidInputException("events", "name at least one of " + String.join(", ", EventType.labels()));
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        eventNames.forEach(name -> types.add(EventType.parse(name)));
        if (types.contains(EventType.CHURN_CROSSED) && (churnThreshold == null || churnThreshold.signum() <= 0
                || churnThreshold.compareTo(BigDecimal.ONE) >= 0)) {
            throw new InvalidInputException("churnThreshold", "churn.crossed needs a churnThreshold between 0 and 1");
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String secret = "whsec_" + HexFormat.of().formatHex(random);
        String id = "whs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        sql.insertInto(CONNECTOR_SUBSCRIPTIONS)
                .set(CONNECTOR_SUBSCRIPTIONS.ID, id)
                .set(CONNECTOR_SUBSCRIPTIONS.WORKSPACE_ID, workspace.value())
                .set(CONNECTOR_SUBSCRIPTIONS.URL, valid)
                .set(CONNECTOR_SUBSCRIPTIONS.EVENTS, types.stream().map(EventType::label).collect(Collectors.joining(",")))
                .set(CONNECTOR_SUBSCRIPTIONS.CHURN_THRESHOLD, types.contains(EventType.CHURN_CROSSED) ? churnThreshold : null)
                .set(CONNECTOR_SUBSCRIPTIONS.SECRET_BOX, box.seal(secret))
                .set(CONNECTOR_SUBSCRIPTIONS.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .execute();
        events.publishEvent(new SubscriptionCreated(workspace, id));
        return new Created(find(workspace, id), secret);
    }

    public List<Subscription> list(WorkspaceId workspace) {
        return sql.selectFrom(CONNECTOR_SUBSCRIPTIONS).where(CONNECTOR_SUBSCRIPTIONS.WORKSPACE_ID.eq(workspace.value()))
                .orderBy(CONNECTOR_SUBSCRIPTIONS.CREATED_AT).fetch(Subscriptions::subscription);
    }

    public Subscription find(WorkspaceId workspace, String id) {
        return sql.selectFrom(CONNECTOR_SUBSCRIPTIONS).where(CONNECTOR_SUBSCRIPTIONS.ID.eq(id))
                .and(CONNECTOR_SUBSCRIPTIONS.WORKSPACE_ID.eq(workspace.value()))
                .fetchOptional(Subscriptions::subscription)
                .orElseThrow(() -> new NotFoundException("No webhook subscription " + id + " in this workspace"));
    }

    /** Deleting a subscription stops its deliveries; what is already queued for it is dropped too. */
    public void delete(WorkspaceId workspace, String id) {
        find(workspace, id);
        sql.transaction(tx -> {
            tx.dsl().deleteFrom(CONNECTOR_SUBSCRIPTIONS).where(CONNECTOR_SUBSCRIPTIONS.ID.eq(id)).execute();
            tx.dsl().deleteFrom(com.scudo.connector.internal.schema.Tables.CONNECTOR_DELIVERIES)
                    .where(com.scudo.connector.internal.schema.Tables.CONNECTOR_DELIVERIES.SUBSCRIPTION_ID.eq(id)).execute();
        });
    }

    String secret(String subscriptionId) {
        return box.open(sql.select(CONNECTOR_SUBSCRIPTIONS.SECRET_BOX).from(CONNECTOR_SUBSCRIPTIONS)
                .where(CONNECTOR_SUBSCRIPTIONS.ID.eq(subscriptionId)).fetchOne(CONNECTOR_SUBSCRIPTIONS.SECRET_BOX));
    }

    boolean anyListening(WorkspaceId workspace) {
        return sql.fetchExists(CONNECTOR_SUBSCRIPTIONS, CONNECTOR_SUBSCRIPTIONS.WORKSPACE_ID.eq(workspace.value()));
    }

    List<WorkspaceId> workspacesListening() {
        return sql.selectDistinct(CONNECTOR_SUBSCRIPTIONS.WORKSPACE_ID).from(CONNECTOR_SUBSCRIPTIONS)
                .fetch(r -> WorkspaceId.of(r.value1()));
    }

    private static Subscription subscription(Record r) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(r.get(CONNECTOR_SUBSCRIPTIONS.EVENTS).split(",")).forEach(e -> types.add(EventType.parse(e)));
        return new Subscription(r.get(CONNECTOR_SUBSCRIPTIONS.ID), r.get(CONNECTOR_SUBSCRIPTIONS.URL), types,
                r.get(CONNECTOR_SUBSCRIPTIONS.CHURN_THRESHOLD),
                r.get(CONNECTOR_SUBSCRIPTIONS.CREATED_AT).toInstant());
    }
}
