package com.scudo.customer360.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.OperationalRecordsWritten;
import com.scudo.customer.OperationalStoreScope;
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
 * instance writes to that customer ({@link OperationalRecordsWritten}, announced by the operational store's writers
 * themselves); the TTL, when the store has other writers, bounds how late their writes show. A write that
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

    private final OperationalCacheSettings settings;

    @Autowired
    OperationalPart(ProfileAndCounters profileAndCounters, OrderHistory orders, InteractionLog interactions,
                    ViewPool pool, OperationalCacheSettings settings, OperationalStoreScope store, MeterRegistry meters) {
        this(profileAndCounters, orders, interactions, pool.executor(),
                settings.forStore(store.writtenOnlyByThisProcess()), meters);
    }

    OperationalPart(ProfileAndCounters profileAndCounters, OrderHistory orders, InteractionLog interactions,
                    Executor pool, OperationalCacheSettings settings, MeterRegistry meters) {
        this.profileAndCounters = profileAndCounters;
        this.orders = orders;
        this.interactions = interactions;
        this.pool = pool;
        this.settings = settings;
        this.cache = settings.enabled() ? cache(settings) : null;
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

    /**
     * Loads the customer's part into the cache unless it is held already (as a view's miss would, with the same
     * guard against a write landing meanwhile). False, loading nothing, once the cache is nine tenths full: warming
     * stops before it would evict what it loaded.
     */
    boolean warm(WorkspaceId workspace, CustomerId customer) {
        if (cache == null || nearlyFull()) {
            return false;
        }
        cache.get(new Key(workspace.value(), customer.value()), key -> load(workspace, customer));
        return true;
    }

    /** Customers held now. */
    long heldCustomers() {
        return cache == null ? 0 : cache.estimatedSize();
    }

    OperationalCacheSettings settings() {
        return settings;
    }

    private boolean nearlyFull() {
        cache.cleanUp(); // the weighted size counts writes only once Caffeine has applied them
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0L) >= e.getMaximum() / 10 * 9).orElse(false);
    }

    private static Cache<Key, Part> cache(OperationalCacheSettings settings) {
        Caffeine<Key, Part> builder = Caffeine.newBuilder().maximumWeight(settings.maximumRecords())
                .<Key, Part>weigher((key, part) -> part.records()).recordStats();
        if (!settings.heldUntilWritten()) {
            builder.expireAfterWrite(settings.timeToLive());
        }
        return builder.build();
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
