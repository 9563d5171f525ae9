package com.scudo.connector.webhook;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.demo.DemoData;
import com.scudo.recommendation.Recommendation;
import com.scudo.recommendation.RecommendationQuery;
import com.scudo.recommendation.Recommendations;
import com.scudo.segment.MemberPage;
import com.scudo.segment.SegmentMember;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_DELIVERIES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three event sources end to end: a shop is scored, a merchant subscribes, the shop is scored again as of
 * most of a year later (customers drift between segments, churn rises, recommendations open), and every change
 * reaches a receiver that fails at random (seeded), signed, under one idempotency key per change. The expected
 * changes are computed here from the segments and recommendations before and after, not taken from the outbox.
 */
abstract class OutgoingEventScenarios {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal THRESHOLD = new BigDecimal("0.5");

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    AnalyticsRuns analytics;
    @Autowired
    Segments segments;
    @Autowired
    Recommendations recommendations;
    @Autowired
    EventSources sources;
    @Autowired
    Deliveries deliveries;
    @Autowired
    DSLContext sql;
    @Autowired
    Clock clock;

    @Test
    void everySegmentChurnAndRecommendationChangeIsDeliveredSignedOnceUnderOneKey() throws Exception {
        WorkspaceId workspace = WorkspaceId.of("events-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 60, 23);
        Api api = new Api(port, workspace.value());
        try (FlakyReceiver receiver = new FlakyReceiver(2026, 0.3, 0.15)) {
            JsonNode created = api.post("/api/v1/webhooks/subscriptions", """
                    {"url": "%s", "events": ["segment.entered", "segment.left", "churn.crossed",
                     "recommendation.opened"], "churnThreshold": %s}""".formatted(receiver.url(), THRESHOLD)).json();
            receiver.secret = created.path("signingSecret").asString();
            Snapshot before = snapshot(workspace);

            LocalDate later = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(300);
            assertThat(analytics.runNow(workspace, later).state()).isEqualTo("done");
            sources.compare(workspace, null);   // what the next sweep does; waits for one already running
            Snapshot after = snapshot(workspace);
            Set<String> expected = expectedChanges(before, after);
            assertThat(expected).anyMatch(c -> c.startsWith("segment.entered"))
                    .anyMatch(c -> c.startsWith("segment.left")).anyMatch(c -> c.startsWith("churn.crossed"))
                    .anyMatch(c -> c.startsWith("recommendation.opened"));

            // The outbox holds each change exactly once: no change lost, none queued twice under two ids.
            Map<String, String> changeById = new HashMap<>();
            sql.select(CONNECTOR_DELIVERIES.ID, CONNECTOR_DELIVERIES.PAYLOAD).from(CONNECTOR_DELIVERIES)
                    .where(CONNECTOR_DELIVERIES.WORKSPACE_ID.eq(workspace.value()))
                    .forEach(r -> changeById.put(r.value1(), change(JSON.readTree(r.value2()))));
            assertThat(new ArrayList<>(changeById.values())).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);

            Instant now = clock.instant();
            for (int round = 0; round < 400 && !allDone(workspace); round++) {
                deliveries.deliverDue(now);
                now = now.plus(Duration.ofMinutes(2));
            }
            assertThat(allDone(workspace)).isTrue();
            assertThat(deliveries.recent(workspace, true, 1000)).isEmpty();
            assertThat(receiver.processed).isEqualTo(changeById.keySet());
            assertThat(receiver.badSignatures).isEmpty();
            assertThat(receiver.received).hasSizeGreaterThan(changeById.size());   // the receiver did fail
            // A repeat is the same event under the same key, and only ever follows an unacknowledged attempt.
            assertThat(receiver.bodies).allSatisfy((key, bodies) -> assertThat(bodies).hasSize(1));
            receiver.bodies.forEach((key, bodies) ->
                    assertThat(change(JSON.readTree(bodies.iterator().next()))).isEqualTo(changeById.get(key)));
            int attempts = sql.fetchOne("select sum(attempts) from connector_deliveries where workspace_id = ?",
                    workspace.value()).get(0, Integer.class);
            assertThat(receiver.received).hasSize(attempts);
        }
    }

    /** Segment members, churn and open recommendations read the way the event sources read them. */
    private record Snapshot(Set<String> memberships, Map<String, BigDecimal> churn, Set<String> openRecommendations,
                            Map<String, String> recommendationCustomers) {
    }

    private Snapshot snapshot(WorkspaceId workspace) {
        Set<String> memberships = new HashSet<>();
        Map<String, BigDecimal> churn = new HashMap<>();
        for (SegmentSummary segment : segments.list(workspace)) {
            String cursor = null;
            do {
                MemberPage page = segments.members(workspace, segment.segment().id(), null, 1000, cursor);
                for (SegmentMember member : page.members()) {
                    memberships.add(segment.segment().id().value() + "/" + member.customerId());
                    if (member.churn() != null) {
                        churn.put(member.customerId(), member.churn());
                    }
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        List<Recommendation> open = recommendations.list(workspace, RecommendationQuery.open(RecommendationQuery.MAX_LIMIT));
        return new Snapshot(memberships, churn, open.stream().map(Recommendation::id).collect(Collectors.toSet()),
                open.stream().collect(Collectors.toMap(Recommendation::id, Recommendation::customerId)));
    }

    private static Set<String> expectedChanges(Snapshot before, Snapshot after) {
        Set<String> changes = new HashSet<>();
        after.memberships().stream().filter(m -> !before.memberships().contains(m))
                .forEach(m -> changes.add("segment.entered " + m));
        before.memberships().stream().filter(m -> !after.memberships().contains(m))
                .forEach(m -> changes.add("segment.left " + m));
        after.churn().forEach((customer, churn) -> {
            BigDecimal was = before.churn().get(customer);
            if (churn.compareTo(THRESHOLD) >= 0 && (was == null || was.compareTo(THRESHOLD) < 0)) {
                changes.add("churn.crossed " + customer);
            }
        });
        after.openRecommendations().stream().filter(id -> !before.openRecommendations().contains(id))
                .forEach(id -> changes.add("recommendation.opened " + id + "/" + after.recommendationCustomers().get(id)));
        return changes;
    }

    /** What an event says changed, in the form {@link #expectedChanges} uses. */
    private static String change(JsonNode event) {
        JsonNode data = event.path("data");
        String type = event.path("type").asString();
        return switch (type) {
            case "segment.entered", "segment.left" ->
                    type + " " + data.path("segmentId").asString() + "/" + data.path("customerId").asString();
            case "churn.crossed" -> type + " " + data.path("customerId").asString();
            case "recommendation.opened" ->
                    type + " " + data.path("recommendationId").asString() + "/" + data.path("customerId").asString();
            default -> throw new AssertionError("unexpected event type " + type);
        };
    }

    private boolean allDone(WorkspaceId workspace) {
        return !sql.fetchExists(CONNECTOR_DELIVERIES, CONNECTOR_DELIVERIES.WORKSPACE_ID.eq(workspace.value())
                .and(CONNECTOR_DELIVERIES.DELIVERED_AT.isNull()).and(CONNECTOR_DELIVERIES.DEAD_AT.isNull()));
    }
}
