package com.scudo.customer360.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
import com.scudo.customer.OperationalRecordsWritten;
import com.scudo.platform.WorkspaceKeys;
import com.scudo.recommendation.Recommendation;
import com.scudo.recommendation.RecommendationQuery;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.Recommendations;
import com.scudo.recommendation.RecommendationsChanged;
import com.scudo.recommendation.RecommendationsGenerated;
import com.scudo.segment.SegmentsAssigned;
import com.scudo.segment.SegmentsChanged;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * The analytical part of a 360 view (scores, behaviour, segments, trend, open recommendations), held per customer
 * until the analytics that produced it change. Every analytical writer announces after its commit: a run
 * ({@link MetricsComputed}, {@link SegmentsAssigned}, {@link RecommendationsGenerated}), a refresh of some customers
 * ({@link CustomerMetricsRefreshed} and what follows it), a segment edit ({@link SegmentsChanged}), a recommendation
 * regenerated or acted on ({@link RecommendationsChanged}) and whatever also writes the operational store, such as
 * an erasure ({@link OperationalRecordsWritten}). A customer's entry is dropped by Caffeine's invalidation, which
 * waits for a load in progress; a whole workspace moves to a new generation, and an entry whose load began under an
 * older one is never served again (so a load racing with a run's end cannot bring the old figures back).
 */
@Component
@EnableConfigurationProperties(AnalyticalCacheSettings.class)
class AnalyticalPart {
    static final int OPEN_RECOMMENDATIONS = 20;

    record Held(long generation, AnalyticsParts parts, List<Recommendation> open) {
    }

    private record Key(String workspace, String customer) {
    }

    private final BiFunction<WorkspaceId, CustomerId, AnalyticsParts> parts;
    private final BiFunction<WorkspaceId, CustomerId, List<Recommendation>> open;
    private final AnalyticalCacheSettings settings;
    private final Cache<Key, Held> cache;
    private final ConcurrentHashMap<String, AtomicLong> generations = new ConcurrentHashMap<>();

    @Autowired
    AnalyticalPart(CustomerAnalyticsReader reader, Recommendations recommendations, AnalyticalCacheSettings settings,
                   DSLContext sql, MeterRegistry meters) {
        this(reader::read, (workspace, customer) -> recommendations.list(workspace,
                        new RecommendationQuery(RecommendationStatus.OPEN, null, customer, OPEN_RECOMMENDATIONS)),
                settings.forStore(WorkspaceKeys.isH2(sql)), meters);
    }

    AnalyticalPart(BiFunction<WorkspaceId, CustomerId, AnalyticsParts> parts,
                   BiFunction<WorkspaceId, CustomerId, List<Recommendation>> open, AnalyticalCacheSettings settings,
                   MeterRegistry meters) {
        this.parts = parts;
        this.open = open;
        this.settings = settings;
        this.cache = settings.enabled() ? cache(settings) : null;
        if (cache != null) {
            CaffeineCacheMetrics.monitor(meters, cache, "customer360.analytical");
        }
    }

    Held read(WorkspaceId workspace, CustomerId customer) {
        if (cache == null) {
            return load(workspace, customer, 0);
        }
        Key key = new Key(workspace.value(), customer.value());
        while (true) {
            long current = generation(workspace).get();
            Held held = cache.get(key, k -> load(workspace, customer, current));
            if (held.generation() >= current) {
                return held;
            }
            cache.asMap().remove(key, held); // loaded before the workspace's analytics changed
        }
    }

    /** Loads the customer's part unless held; false, loading nothing, once the cache is nine tenths full. */
    boolean warm(WorkspaceId workspace, CustomerId customer) {
        if (cache == null || cache.estimatedSize() >= settings.maximumCustomers() / 10 * 9) {
            return false;
        }
        read(workspace, customer);
        return true;
    }

    long heldCustomers() {
        return cache == null ? 0 : cache.estimatedSize();
    }

    AnalyticalCacheSettings settings() {
        return settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void metricsComputed(MetricsComputed event) {
        dropWorkspace(event.workspace());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void metricsRefreshed(CustomerMetricsRefreshed event) {
        drop(event.workspace(), event.customers());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void segmentsAssigned(SegmentsAssigned event) {
        drop(event.workspace(), event.customers()); // null: the whole workspace
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void segmentsChanged(SegmentsChanged event) {
        dropWorkspace(event.workspace());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void recommendationsGenerated(RecommendationsGenerated event) {
        dropWorkspace(event.workspace());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void recommendationsChanged(RecommendationsChanged event) {
        drop(event.workspace(), event.customers()); // null: the whole workspace
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void operationalRecordsWritten(OperationalRecordsWritten event) {
        drop(event.workspace(), event.customers());
    }

    /** Drops these customers' entries; all of the workspace's when {@code customers} is null. */
    private void drop(WorkspaceId workspace, Collection<CustomerId> customers) {
        if (customers == null) {
            dropWorkspace(workspace);
        } else if (cache != null) {
            customers.forEach(c -> cache.invalidate(new Key(workspace.value(), c.value())));
        }
    }

    private void dropWorkspace(WorkspaceId workspace) {
        if (cache != null) {
            generation(workspace).incrementAndGet();
            cache.asMap().keySet().removeIf(key -> key.workspace().equals(workspace.value())); // frees the memory now
        }
    }

    private AtomicLong generation(WorkspaceId workspace) {
        return generations.computeIfAbsent(workspace.value(), w -> new AtomicLong());
    }

    private Held load(WorkspaceId workspace, CustomerId customer, long generation) {
        AnalyticsParts analytics = parts.apply(workspace, customer);
        return new Held(generation, analytics, analytics.known() ? open.apply(workspace, customer) : List.of());
    }

    private static Cache<Key, Held> cache(AnalyticalCacheSettings settings) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(settings.maximumCustomers()).recordStats();
        if (!settings.heldUntilWritten()) {
            builder.expireAfterWrite(settings.timeToLive());
        }
        return builder.build();
    }
}
