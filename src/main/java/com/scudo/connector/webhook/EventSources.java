package com.scudo.connector.webhook;

import com.scudo.recommendation.Recommendation;
import com.scudo.recommendation.RecommendationQuery;
import com.scudo.recommendation.Recommendations;
import com.scudo.recommendation.RecommendationsGenerated;
import com.scudo.segment.MemberPage;
import com.scudo.segment.SegmentMember;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.segment.SegmentsAssigned;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_CHURN_ALERTS;
import static com.scudo.connector.internal.schema.Tables.CONNECTOR_RECOMMENDATIONS_SEEN;
import static com.scudo.connector.internal.schema.Tables.CONNECTOR_SEGMENT_MEMBERS;

/**
 * Turns what changed into webhook events: segment entered/left (the members now against the members last seen),
 * churn crossing a subscription's threshold upwards (once, until it falls below again) and recommendations newly
 * opened. Assignments and recommendations announce a change; the workspace is then compared on the next sweep
 * (every few seconds), so a burst of refreshes costs one comparison. Each comparison writes its events to the
 * outbox and its new snapshot in one transaction: a crash loses neither, nor sends an event twice from here.
 * A subscription's first sweep only takes the starting point (no flood of "entered" for everyone).
 */
@Component
class EventSources {
    private static final int PAGE = 1000;
    private final Segments segments;
    private final Recommendations recommendations;
    private final Subscriptions subscriptions;
    private final EventOutbox outbox;
    private final DSLContext sql;
    private final Set<WorkspaceId> changed = ConcurrentHashMap.newKeySet();
    private final Map<WorkspaceId, Object> comparing = new ConcurrentHashMap<>();

    EventSources(Segments segments, Recommendations recommendations, Subscriptions subscriptions, EventOutbox outbox,
                 DSLContext sql) {
        this.segments = segments;
        this.recommendations = recommendations;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.sql = sql;
    }

    @EventListener
    void on(SegmentsAssigned event) {
        changed.add(event.workspace());
    }

    @EventListener
    void on(RecommendationsGenerated event) {
        changed.add(event.workspace());
    }

    @EventListener
    void on(Subscriptions.SubscriptionCreated event) {
        compare(event.workspace(), event.subscriptionId());
    }

    @Scheduled(initialDelayString = "${scudo.connectors.events-every:PT5S}",
            fixedDelayString = "${scudo.connectors.events-every:PT5S}")
    void sweep() {
        for (WorkspaceId workspace : List.copyOf(changed)) {
            changed.remove(workspace);
            compare(workspace, null);
        }
    }

    /**
     * Compares the workspace now; {@code baselineFor}: a new subscription, which gets no events this time. One
     * comparison of a workspace at a time: two reading the members at different moments would each write their
     * own difference against the same snapshot and send a change twice, under two event ids.
     */
    void compare(WorkspaceId workspace, String baselineFor) {
        synchronized (comparing.computeIfAbsent(workspace, w -> new Object())) {
            compareAlone(workspace, baselineFor);
        }
    }

    private void compareAlone(WorkspaceId workspace, String baselineFor) {
        List<Subscription> listening = subscriptions.list(workspace);
        if (listening.isEmpty()) {
            return;
        }
        Map<String, Set<String>> members = new LinkedHashMap<>();
        Map<String, BigDecimal> churn = new HashMap<>();
        Map<String, String> segmentNames = new HashMap<>();
        for (SegmentSummary segment : segments.list(workspace)) {
            String id = segment.segment().id().value();
            segmentNames.put(id, segment.segment().name());
            Set<String> ids = new HashSet<>();
            String cursor = null;
            do {
                MemberPage page = segments.members(workspace, segment.segment().id(), null, PAGE, cursor);
                for (SegmentMember member : page.members()) {
                    ids.add(member.customerId());
                    if (member.churn() != null) {
                        churn.put(member.customerId(), member.churn());
                    }
                }
                cursor = page.nextCursor();
            } while (cursor != null);
            members.put(id, ids);
        }
        List<Recommendation> open = recommendations.list(workspace, RecommendationQuery.open(RecommendationQuery.MAX_LIMIT));
        sql.transaction(tx -> {
            DSLContext db = tx.dsl();
            segmentEvents(db, workspace, listening, baselineFor, members, segmentNames);
            churnEvents(db, workspace, listening, baselineFor, churn);
            recommendationEvents(db, workspace, listening, baselineFor, open);
        });
    }

    private void segmentEvents(DSLContext db, WorkspaceId workspace, List<Subscription> listening, String baselineFor,
                               Map<String, Set<String>> now, Map<String, String> names) {
        boolean firstLook = !db.fetchExists(CONNECTOR_SEGMENT_MEMBERS,
                CONNECTOR_SEGMENT_MEMBERS.WORKSPACE_ID.eq(workspace.value()));
        Map<String, Set<String>> before = new HashMap<>();
        db.select(CONNECTOR_SEGMENT_MEMBERS.SEGMENT_ID, CONNECTOR_SEGMENT_MEMBERS.CUSTOMER_ID)
                .from(CONNECTOR_SEGMENT_MEMBERS).where(CONNECTOR_SEGMENT_MEMBERS.WORKSPACE_ID.eq(workspace.value()))
                .forEach(r -> before.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Set<String> allSegments = new HashSet<>(now.keySet());
        allSegments.addAll(before.keySet());
        for (String segment : allSegments) {
            Set<String> was = before.getOrDefault(segment, Set.of());
            Set<String> is = now.getOrDefault(segment, Set.of());
            for (String customer : is) {
                if (!was.contains(customer)) {
                    if (!firstLook) {
                        emit(db, workspace, listening, baselineFor, EventType.SEGMENT_ENTERED,
                                segmentData(segment, names.get(segment), customer));
                    }
                    db.insertInto(CONNECTOR_SEGMENT_MEMBERS).set(CONNECTOR_SEGMENT_MEMBERS.WORKSPACE_ID, workspace.value())
                            .set(CONNECTOR_SEGMENT_MEMBERS.SEGMENT_ID, segment)
                            .set(CONNECTOR_SEGMENT_MEMBERS.CUSTOMER_ID, customer).execute();
                }
            }
            for (String customer : was) {
                // Sent only when this comparison removed the snapshot row: another instance that got there first
                // has sent it (a repeated "entered" fails on the snapshot's key and rolls back instead).
                if (!is.contains(customer) && db.deleteFrom(CONNECTOR_SEGMENT_MEMBERS)
                        .where(CONNECTOR_SEGMENT_MEMBERS.WORKSPACE_ID.eq(workspace.value()))
                        .and(CONNECTOR_SEGMENT_MEMBERS.SEGMENT_ID.eq(segment))
                        .and(CONNECTOR_SEGMENT_MEMBERS.CUSTOMER_ID.eq(customer)).execute() == 1) {
                    emit(db, workspace, listening, baselineFor, EventType.SEGMENT_LEFT,
                            segmentData(segment, names.get(segment), customer));
                }
            }
        }
    }

    private void churnEvents(DSLContext db, WorkspaceId workspace, List<Subscription> listening, String baselineFor,
                             Map<String, BigDecimal> churn) {
        for (Subscription subscription : listening) {
            if (!subscription.events().contains(EventType.CHURN_CROSSED)) {
                continue;
            }
            Set<String> above = new HashSet<>(db.select(CONNECTOR_CHURN_ALERTS.CUSTOMER_ID).from(CONNECTOR_CHURN_ALERTS)
                    .where(CONNECTOR_CHURN_ALERTS.SUBSCRIPTION_ID.eq(subscription.id())).fetch(CONNECTOR_CHURN_ALERTS.CUSTOMER_ID));
            for (var entry : churn.entrySet()) {
                boolean isAbove = entry.getValue().compareTo(subscription.churnThreshold()) >= 0;
                if (isAbove && !above.contains(entry.getKey())) {
                    if (!subscription.id().equals(baselineFor)) {
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("customerId", entry.getKey());
                        data.put("churn", entry.getValue());
                        data.put("threshold", subscription.churnThreshold());
                        outbox.enqueue(db, workspace, subscription, EventType.CHURN_CROSSED, data);
                    }
                    db.insertInto(CONNECTOR_CHURN_ALERTS).set(CONNECTOR_CHURN_ALERTS.WORKSPACE_ID, workspace.value())
                            .set(CONNECTOR_CHURN_ALERTS.SUBSCRIPTION_ID, subscription.id())
                            .set(CONNECTOR_CHURN_ALERTS.CUSTOMER_ID, entry.getKey()).execute();
                } else if (!isAbove && above.contains(entry.getKey())) {
                    db.deleteFrom(CONNECTOR_CHURN_ALERTS).where(CONNECTOR_CHURN_ALERTS.SUBSCRIPTION_ID.eq(subscription.id()))
                            .and(CONNECTOR_CHURN_ALERTS.CUSTOMER_ID.eq(entry.getKey())).execute();
                }
            }
        }
    }

    private void recommendationEvents(DSLContext db, WorkspaceId workspace, List<Subscription> listening,
                                      String baselineFor, List<Recommendation> open) {
        Set<String> seen = new HashSet<>(db.select(CONNECTOR_RECOMMENDATIONS_SEEN.RECOMMENDATION_ID)
                .from(CONNECTOR_RECOMMENDATIONS_SEEN).where(CONNECTOR_RECOMMENDATIONS_SEEN.WORKSPACE_ID.eq(workspace.value()))
                .fetch(CONNECTOR_RECOMMENDATIONS_SEEN.RECOMMENDATION_ID));
        boolean firstLook = seen.isEmpty() && baselineFor != null;
        for (Recommendation recommendation : open) {
            if (seen.contains(recommendation.id())) {
                continue;
            }
            if (!firstLook) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("recommendationId", recommendation.id());
                data.put("customerId", recommendation.customerId());
                data.put("type", recommendation.type().name().toLowerCase(java.util.Locale.ROOT));
                data.put("title", recommendation.title());
                data.put("expectedValue", recommendation.expectedValue());
                emit(db, workspace, listening, baselineFor, EventType.RECOMMENDATION_OPENED, data);
            }
            db.insertInto(CONNECTOR_RECOMMENDATIONS_SEEN).set(CONNECTOR_RECOMMENDATIONS_SEEN.WORKSPACE_ID, workspace.value())
                    .set(CONNECTOR_RECOMMENDATIONS_SEEN.RECOMMENDATION_ID, recommendation.id()).execute();
        }
    }

    private void emit(DSLContext db, WorkspaceId workspace, List<Subscription> listening, String baselineFor,
                      EventType type, Map<String, Object> data) {
        for (Subscription subscription : listening) {
            if (subscription.events().contains(type) && !subscription.id().equals(baselineFor)) {
                outbox.enqueue(db, workspace, subscription, type, data);
            }
        }
    }

    private static Map<String, Object> segmentData(String segment, String name, String customer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("segmentId", segment);
        data.put("segmentName", name);
        data.put("customerId", customer);
        return data;
    }
}
