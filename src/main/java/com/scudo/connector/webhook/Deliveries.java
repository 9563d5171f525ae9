package com.scudo.connector.webhook;

import com.scudo.connector.ConnectorSettings;
import com.scudo.connector.internal.Signatures;
import com.scudo.shared.ConflictException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_DELIVERIES;
import static com.scudo.connector.internal.schema.Tables.CONNECTOR_SUBSCRIPTIONS;

/**
 * Works off the delivery outbox: each due event is POSTed to its subscription's URL, signed as Stripe signs
 * ({@code Scudo-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}) with an {@code Idempotency-Key} of the
 * event's id. A 2xx answer delivers it; anything else (an error, a timeout) schedules the next attempt with
 * exponential backoff and jitter, until the retry window (24 hours) is over and the event becomes a dead letter,
 * which can be replayed. A row is claimed before it is sent (its next attempt moved past the request timeout), so
 * two workers never send it at once; a crash after sending and before marking it delivered sends it again:
 * delivery is at least once, and receivers drop repeats by the idempotency key.
 */
@Service
public class Deliveries {
    static final String SIGNATURE_HEADER = "Scudo-Signature";
    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int BATCH = 50;
    private final DSLContext sql;
    private final Subscriptions subscriptions;
    private final ConnectorSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final DeliveryMeters meters;

    Deliveries(DSLContext sql, Subscriptions subscriptions, ConnectorSettings settings, Clock clock,
               DeliveryMeters meters) {
        this.sql = sql;
        this.meters = meters;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One event to deliver or delivered, as the API and the dashboard show it. */
    public record Delivery(String id, String subscriptionId, String url, String eventType, Instant createdAt,
                           int attempts, Instant nextAttemptAt, String lastError, Instant deliveredAt, Instant deadAt) {
    }

    /** Sends every event due at {@code now}; returns how many were attempted. */
    public int deliverDue(Instant now) {
        var due = sql.select(CONNECTOR_DELIVERIES.ID, CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT).from(CONNECTOR_DELIVERIES)
                .where(CONNECTOR_DELIVERIES.DELIVERED_AT.isNull()).and(CONNECTOR_DELIVERIES.DEAD_AT.isNull())
                .and(CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT.le(now.atOffset(ZoneOffset.UTC)))
                .orderBy(CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT).limit(BATCH).fetch();
        int attempted = 0;
        for (var row : due) {
            if (claim(row.value1(), row.value2(), now)) {
                attempt(row.value1(), now);
                attempted++;
            }
        }
        return attempted;
    }

    private boolean claim(String id, OffsetDateTime seen, Instant now) {
        OffsetDateTime lease = now.plus(settings.requestTimeout().multipliedBy(3)).atOffset(ZoneOffset.UTC);
        return sql.update(CONNECTOR_DELIVERIES).set(CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT, lease)
                .where(CONNECTOR_DELIVERIES.ID.eq(id)).and(CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT.eq(seen))
                .and(CONNECTOR_DELIVERIES.DELIVERED_AT.isNull()).execute() == 1;
    }

    private void attempt(String id, Instant now) {
        Record row = sql.select(CONNECTOR_DELIVERIES.fields()).select(CONNECTOR_SUBSCRIPTIONS.URL)
                .from(CONNECTOR_DELIVERIES).join(CONNECTOR_SUBSCRIPTIONS)
                .on(CONNECTOR_SUBSCRIPTIONS.ID.eq(CONNECTOR_DELIVERIES.SUBSCRIPTION_ID))
                .where(CONNECTOR_DELIVERIES.ID.eq(id)).fetchOne();
        if (row == null) {
            return; // its subscription was deleted meanwhile
        }
        String body = row.get(CONNECTOR_DELIVERIES.PAYLOAD);
        String error;
        try {
            String signature = Signatures.timestamped(subscriptions.secret(row.get(CONNECTOR_DELIVERIES.SUBSCRIPTION_ID)),
                    clock.instant().getEpochSecond(), body);
            HttpRequest request = HttpRequest.newBuilder(URI.create(row.get(CONNECTOR_SUBSCRIPTIONS.URL)))
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Scudo-Webhooks/1")
                    .header(SIGNATURE_HEADER, signature)
                    .header("Idempotency-Key", id)
                    .header("Scudo-Event-Type", row.get(CONNECTOR_DELIVERIES.EVENT_TYPE))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                sql.update(CONNECTOR_DELIVERIES)
                        .set(CONNECTOR_DELIVERIES.DELIVERED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                        .set(CONNECTOR_DELIVERIES.ATTEMPTS, CONNECTOR_DELIVERIES.ATTEMPTS.plus(1))
                        .set(CONNECTOR_DELIVERIES.LAST_ERROR, (String) null)
                        .where(CONNECTOR_DELIVERIES.ID.eq(id)).execute();
                meters.delivered(row.get(CONNECTOR_DELIVERIES.EVENT_TYPE));
                return;
            }
            error = "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        boolean dead = failed(id, row.get(CONNECTOR_DELIVERIES.ATTEMPTS) + 1,
                row.get(CONNECTOR_DELIVERIES.RETRY_UNTIL).toInstant(), error, now);
        meters.failed(row.get(CONNECTOR_DELIVERIES.EVENT_TYPE), dead);
    }

    /** Schedules the next attempt, or makes the event a dead letter (true) when it would fall after its window. */
    private boolean failed(String id, int attempts, Instant retryUntil, String error, Instant now) {
        Instant next = now.plus(backoff(attempts));
        boolean dead = next.isAfter(retryUntil);
        sql.update(CONNECTOR_DELIVERIES)
                .set(CONNECTOR_DELIVERIES.ATTEMPTS, CONNECTOR_DELIVERIES.ATTEMPTS.plus(1))   // counts every attempt made
                .set(CONNECTOR_DELIVERIES.LAST_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error)
                .set(CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT, dead ? null : next.atOffset(ZoneOffset.UTC))
                .set(CONNECTOR_DELIVERIES.DEAD_AT, dead ? now.atOffset(ZoneOffset.UTC) : null)
                .where(CONNECTOR_DELIVERIES.ID.eq(id)).execute();
        if (dead) {
            log.warn("Webhook event {} is a dead letter after {} attempts: {}", id, attempts, error);
        }
        return dead;
    }

    /** first retry × 2^(attempts-1), at most the maximum, with up to a fifth added at random so retries spread out. */
    Duration backoff(int attempts) {
        long base = settings.deliveryFirstRetry().toMillis() << Math.min(attempts - 1, 30);
        long capped = Math.min(Math.max(base, 1), settings.deliveryMaxBackoff().toMillis());
        return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1));
    }

    public List<Delivery> recent(WorkspaceId workspace, boolean deadOnly, int limit) {
        var query = sql.select(CONNECTOR_DELIVERIES.fields()).select(CONNECTOR_SUBSCRIPTIONS.URL)
                .from(CONNECTOR_DELIVERIES).join(CONNECTOR_SUBSCRIPTIONS)
                .on(CONNECTOR_SUBSCRIPTIONS.ID.eq(CONNECTOR_DELIVERIES.SUBSCRIPTION_ID))
                .where(CONNECTOR_DELIVERIES.WORKSPACE_ID.eq(workspace.value()));
        if (deadOnly) {
            query = query.and(CONNECTOR_DELIVERIES.DEAD_AT.isNotNull());
        }
        return query.orderBy(CONNECTOR_DELIVERIES.CREATED_AT.desc()).limit(Math.max(1, Math.min(limit, 1000)))
                .fetch(Deliveries::delivery);
    }

    /** A dead letter goes back in the queue with a fresh retry window; the same id, so receivers still see a repeat. */
    public Delivery replay(WorkspaceId workspace, String id) {
        Instant now = clock.instant();
        int changed = sql.update(CONNECTOR_DELIVERIES)
                .set(CONNECTOR_DELIVERIES.DEAD_AT, (OffsetDateTime) null)
                .set(CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT, now.atOffset(ZoneOffset.UTC))
                .set(CONNECTOR_DELIVERIES.RETRY_UNTIL, now.plus(settings.deliveryRetryFor()).atOffset(ZoneOffset.UTC))
                .where(CONNECTOR_DELIVERIES.ID.eq(id)).and(CONNECTOR_DELIVERIES.WORKSPACE_ID.eq(workspace.value()))
                .and(CONNECTOR_DELIVERIES.DEAD_AT.isNotNull()).execute();
        if (changed == 0) {
            boolean exists = sql.fetchExists(CONNECTOR_DELIVERIES, CONNECTOR_DELIVERIES.ID.eq(id)
                    .and(CONNECTOR_DELIVERIES.WORKSPACE_ID.eq(workspace.value())));
            if (!exists) {
                throw new NotFoundException("No webhook event " + id + " in this workspace");
            }
            throw new ConflictException("Event " + id + " is not a dead letter: it is delivered or still being retried");
        }
        return recent(workspace, false, 1000).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static Delivery delivery(Record r) {
        return new Delivery(r.get(CONNECTOR_DELIVERIES.ID), r.get(CONNECTOR_DELIVERIES.SUBSCRIPTION_ID),
                r.get(CONNECTOR_SUBSCRIPTIONS.URL), r.get(CONNECTOR_DELIVERIES.EVENT_TYPE),
                at(r.get(CONNECTOR_DELIVERIES.CREATED_AT)), r.get(CONNECTOR_DELIVERIES.ATTEMPTS),
                at(r.get(CONNECTOR_DELIVERIES.NEXT_ATTEMPT_AT)), r.get(CONNECTOR_DELIVERIES.LAST_ERROR),
                at(r.get(CONNECTOR_DELIVERIES.DELIVERED_AT)), at(r.get(CONNECTOR_DELIVERIES.DEAD_AT)));
    }

    private static Instant at(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
