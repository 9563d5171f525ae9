package com.scudo.customer360.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.OperationalRecordsWritten;
import com.scudo.customer.Order;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.ProfileAndCounters;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The operational part of a 360 view (profile, live counters, newest orders and interactions), read through a
 * per-customer cache, as DynamoDB Accelerator does in front of DynamoDB on AWS. An entry is dropped when this
 * instance writes to that customer ({@link OperationalRecordsWritten}, published by the recording path's copier,
 * imports and erasures after their writes); the TTL bounds how late another instance's writes show. A write that
 * lands while an entry is being loaded cannot leave a stale entry behind: Caffeine makes the invalidation wait for
 * the load and then drops what it loaded.
 */
@Component
@EnableConfigurationProperties(OperationalCacheSettings.class)
class OperationalPart {
    static final int TIMELINE_FETCH = com.scudo.customer360.Customer360Views.TIMELINE_LIMIT + 1; // one more tells "more"

    record Part(ProfileAndCounters.Read stored, List<Order> orders, List<Interaction> interactions) {
        int records() {
            return 1 + orders.size() + interactions.size();
        }
    }

    private record Key(String workspace, String customer) {
    }

    private final ProfileAndCounters profileAndCounters;
    private final OrderHistory orders;
    private final InteractionLog interactions;
    private final Executor pool;
    private final Cache<Key, Part> cache;

    @Autowired
    OperationalPart(ProfileAndCounters profileAndCounters, OrderHistory orders, InteractionLog interactions,
                    ViewPool pool, OperationalCacheSettings settings, MeterRegistry meters) {
        this(profileAndCounters, orders, interactions, pool.executor(), settings, meters);
    }

    OperationalPart(ProfileAndCounters profileAndCounters, OrderHistory orders, InteractionLog interactions,
                    Executor pool, OperationalCacheSettings settings, MeterRegistry meters) {
        this.profileAndCounters = profileAndCounters;
        this.orders = orders;
        this.interactions = interactions;
        this.pool = pool;
        this.cache = settings.enabled()
                ? Caffeine.newBuilder().maximumWeight(settings.maximumRecords())
                    .<Key, Part>weigher((key, part) -> part.records())
                    .expireAfterWrite(settings.timeToLive()).recordStats().build()
                : null;
        if (cache != null) {
            CaffeineCacheMetrics.monitor(meters, cache, "customer360.operational");
        }
    }

    /** Served from the cache when held, otherwise read (profile and orders here, interactions on the view pool). */
    Part read(WorkspaceId workspace, CustomerId customer) {
        if (cache == null) {
            return load(workspace, customer);
        }
        return cache.get(new Key(workspace.value(), customer.value()), key -> load(workspace, customer));
    }

    /** The part when held, else null (the view then hands its read to the view pool). */
    Part held(WorkspaceId workspace, CustomerId customer) {
        return cache == null ? null : cache.getIfPresent(new Key(workspace.value(), customer.value()));
    }

    @EventListener
    void written(OperationalRecordsWritten event) {
        if (cache != null) {
            event.customers().forEach(c -> cache.invalidate(new Key(event.workspace().value(), c.value())));
        }
    }

    private Part load(WorkspaceId workspace, CustomerId customer) {
        CompletableFuture<List<Interaction>> activity = CompletableFuture.supplyAsync(
                () -> interactions.newestFirst(workspace, customer, TIMELINE_FETCH), pool);
        ProfileAndCounters.Read stored = profileAndCounters.read(workspace, customer);
        List<Order> newest = orders.newestFirst(workspace, customer, TIMELINE_FETCH);
        try {
            return new Part(stored, newest, activity.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
