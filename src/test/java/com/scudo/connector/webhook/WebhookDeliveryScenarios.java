package com.scudo.connector.webhook;

import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_DELIVERIES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery against a local receiver that fails at random. Time is driven by the test (the worker is asked to send
 * what is due at a given instant), so a day of retries takes no real time and nothing here waits on a clock.
 */
abstract class WebhookDeliveryScenarios {
    private static final String DELIVERIES = "scudo_connector_webhook_deliveries_total";
    @LocalServerPort
    int port;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    EventOutbox outbox;
    @Autowired
    DSLContext sql;
    @Autowired
    Clock clock;

    @Test
    void everyEventArrivesDespiteRandomFailuresWithRepeatsOnlyAfterAFailedAttempt() throws Exception {
        WorkspaceId workspace = WorkspaceId.of("hooks-" + UUID.randomUUID().toString().substring(0, 8));
        try (FlakyReceiver receiver = new FlakyReceiver(42, 0.35, 0.15)) {
            Api api = new Api(port, workspace.value());
            JsonNode created = api.post("/api/v1/webhooks/subscriptions", """
                    {"url": "%s", "events": ["segment.entered", "segment.left"]}""".formatted(receiver.url())).json();
            receiver.secret = created.path("signingSecret").asString();
            assertThat(receiver.secret).startsWith("whsec_");
            assertThat(api.get("/api/v1/webhooks/subscriptions").body()).doesNotContain(receiver.secret);
            Subscription subscription = subscriptions.find(workspace, created.path("subscription").path("id").asString());

            Set<String> events = new HashSet<>();
            for (int i = 0; i < 120; i++) {
                events.add(outbox.enqueue(sql, workspace, subscription, EventType.SEGMENT_ENTERED,
                        Map.of("segmentId", "AT_RISK", "customerId", "c-" + i)));
            }
            Instant now = clock.instant();
            for (int round = 0; round < 400 && !allDone(workspace); round++) {
                deliveries.deliverDue(now);
                now = now.plus(Duration.ofMinutes(2));
            }

            assertThat(allDone(workspace)).isTrue();
            assertThat(deliveries.recent(workspace, true, 1000)).isEmpty();
            assertThat(receiver.processed).isEqualTo(events);                  // nothing lost
            assertThat(receiver.badSignatures).isEmpty();
            assertThat(receiver.received).hasSizeGreaterThan(events.size());    // the receiver did fail
            // Every repeat follows an attempt that was not acknowledged: delivered events are never sent again.
            int attempts = sql.fetchOne("select sum(attempts) from connector_deliveries where workspace_id = ?",
                    workspace.value()).get(0, Integer.class);
            assertThat(receiver.received).hasSize(attempts);
        }
    }

    @Test
    void anEventFailingForADayIsADeadLetterAndCanBeReplayed() throws Exception {
        WorkspaceId workspace = WorkspaceId.of("dead-" + UUID.randomUUID().toString().substring(0, 8));
        try (FlakyReceiver receiver = new FlakyReceiver(7, 1.0, 0.0)) {
            Api api = new Api(port, workspace.value());
            JsonNode created = api.post("/api/v1/webhooks/subscriptions", """
                    {"url": "%s", "events": ["churn.crossed"], "churnThreshold": 0.7}""".formatted(receiver.url())).json();
            receiver.secret = created.path("signingSecret").asString();
            Subscription subscription = subscriptions.find(workspace, created.path("subscription").path("id").asString());
            String churn = "event=\"churn.crossed\"";
            String before = scrape(api);   // before the event exists: the background worker may try it at once
            String event = outbox.enqueue(sql, workspace, subscription, EventType.CHURN_CROSSED,
                    Map.of("customerId", "c-1", "churn", 0.82));

            Instant now = clock.instant();
            for (int hour = 0; hour <= 26; hour++) {
                deliveries.deliverDue(now.plus(Duration.ofHours(hour)));
            }
            List<JsonNode> dead = List.copyOf(toList(api.get("/api/v1/webhooks/dead-letters").json()));
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).path("id").asString()).isEqualTo(event);
            assertThat(dead.get(0).path("lastError").asString()).contains("500");
            assertThat(receiver.processed).isEmpty();
            String afterADay = scrape(api);
            int attempts = receiver.received.size();   // each answered 500
            assertThat(attempts).isGreaterThan(5);
            assertThat(sum(afterADay, DELIVERIES, churn, "outcome=\"dead_lettered\"")
                    - sum(before, DELIVERIES, churn, "outcome=\"dead_lettered\"")).isEqualTo(1.0);
            assertThat(sum(afterADay, DELIVERIES, churn, "outcome=\"failed\"")
                    - sum(before, DELIVERIES, churn, "outcome=\"failed\"")).isEqualTo(attempts - 1.0);

            receiver.failBefore = 0;
            assertThat(api.post("/api/v1/webhooks/deliveries/" + event + "/replay", "").status()).isEqualTo(200);
            assertThat(api.post("/api/v1/webhooks/deliveries/" + event + "/replay", "").status()).isEqualTo(409);
            deliveries.deliverDue(clock.instant());
            assertThat(receiver.processed).containsExactly(event);
            assertThat(sql.fetchOne(CONNECTOR_DELIVERIES, CONNECTOR_DELIVERIES.ID.eq(event)).getDeliveredAt()).isNotNull();
            assertThat(api.get("/api/v1/webhooks/dead-letters").json()).isEmpty();
            assertThat(sum(scrape(api), DELIVERIES, churn, "outcome=\"delivered\"")
                    - sum(before, DELIVERIES, churn, "outcome=\"delivered\"")).isEqualTo(1.0);
        }
    }

    @Test
    void aSubscriptionNeedsAKnownEventAndAUrl() {
        Api api = new Api(port, "hooks-bad");
        assertThat(api.post("/api/v1/webhooks/subscriptions", """
                {"url": "ftp://x", "events": ["segment.entered"]}""").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/webhooks/subscriptions", """
                {"url": "https://example.com/h", "events": ["order.shipped"]}""").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/webhooks/subscriptions", """
                {"url": "https://example.com/h", "events": ["churn.crossed"]}""").status()).isEqualTo(400);
    }

    private static String scrape(Api api) {
        Api.Response response = api.get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The sum of every sample of {@code name} whose labels contain all of {@code labels}. */
    private static double sum(String metrics, String name, String... labels) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            if (List.of(labels).stream().allMatch(m.group(1)::contains)) {
                total += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        assertThat(found).as("a sample of %s with %s", name, List.of(labels)).isTrue();
        return total;
    }

    private boolean allDone(WorkspaceId workspace) {
        return !sql.fetchExists(CONNECTOR_DELIVERIES, CONNECTOR_DELIVERIES.WORKSPACE_ID.eq(workspace.value())
                .and(CONNECTOR_DELIVERIES.DELIVERED_AT.isNull()).and(CONNECTOR_DELIVERIES.DEAD_AT.isNull()));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
