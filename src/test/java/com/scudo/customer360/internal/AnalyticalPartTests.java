package com.scudo.customer360.internal;

import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
import com.scudo.customer.OperationalRecordsWritten;
import com.scudo.recommendation.RecommendationsChanged;
import com.scudo.recommendation.RecommendationsGenerated;
import com.scudo.segment.SegmentsAssigned;
import com.scudo.segment.SegmentsChanged;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 360's cache of the analytical part: held until an analytical write for that customer or workspace announces
 * itself, and never serving figures loaded before a workspace-wide change.
 */
class AnalyticalPartTests {
    static final WorkspaceId SHOP = WorkspaceId.of("shop");
    static final WorkspaceId OTHER = WorkspaceId.of("other-shop");
    static final CustomerId ANNA = CustomerId.of("anna");
    static final CustomerId BEN = CustomerId.of("ben");
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** The analytical store, reduced to a version per customer that tests move, and the loads it served. */
    final ConcurrentHashMap<String, Integer> version = new ConcurrentHashMap<>();
    final AtomicInteger loads = new AtomicInteger();
    volatile CountDownLatch loading = new CountDownLatch(0);
    volatile CountDownLatch release = new CountDownLatch(0);

    AnalyticalPart part(boolean enabled) {
        return new AnalyticalPart((workspace, customer) -> {
            loads.incrementAndGet();
            int v = version.getOrDefault(workspace.value() + "/" + customer.value(), 0);
            loading.countDown();
            await(release);
            // The version travels in the "known" flag's neighbour: scores stay null, the trend carries nothing;
            // a part with known = (v is odd) is enough to tell two loads apart.
            return new AnalyticsParts(v % 2 == 1, null, null, null, null);
        }, (workspace, customer) -> List.of(), new AnalyticalCacheSettings(enabled, 1000L, Duration.ZERO),
                new SimpleMeterRegistry());
    }

    @Test
    void eachAnalyticalWriteDropsWhatItChangedAndNothingElse() {
        AnalyticalPart part = part(true);
        assertDrops(part, p -> p.metricsRefreshed(new CustomerMetricsRefreshed(SHOP, Set.of(ANNA), DAY)), true, false);
        assertDrops(part, p -> p.segmentsAssigned(new SegmentsAssigned(SHOP, DAY, null, Set.of(ANNA), 1)), true, false);
        assertDrops(part, p -> p.recommendationsChanged(new RecommendationsChanged(SHOP, Set.of(ANNA))), true, false);
        assertDrops(part, p -> p.operationalRecordsWritten(new OperationalRecordsWritten(SHOP, Set.of(ANNA))), true, false);
        assertDrops(part, p -> p.metricsComputed(new MetricsComputed(SHOP, DAY, "run-1")), true, true);
        assertDrops(part, p -> p.segmentsAssigned(new SegmentsAssigned(SHOP, DAY, "run-1", null, 9)), true, true);
        assertDrops(part, p -> p.segmentsChanged(new SegmentsChanged(SHOP)), true, true);
        assertDrops(part, p -> p.recommendationsGenerated(new RecommendationsGenerated(SHOP, DAY, "run-1", null)), true, true);
        assertDrops(part, p -> p.recommendationsChanged(RecommendationsChanged.wholeWorkspace(SHOP)), true, true);
        assertDrops(part, p -> p.metricsComputed(new MetricsComputed(OTHER, DAY, "run-2")), false, false);
    }

    @Test
    void aLoadThatBeganBeforeAWorkspaceChangeIsNotServedAfterIt() throws Exception {
        AnalyticalPart part = part(true);
        loading = new CountDownLatch(1);
        release = new CountDownLatch(1);
        Thread viewer = new Thread(() -> part.read(SHOP, ANNA)); // reads version 0, then stalls before it is cached
        viewer.start();
        loading.await();
        version.put("shop/anna", 1);
        part.metricsComputed(new MetricsComputed(SHOP, DAY, "run-1")); // the run's end, while the load is in progress
        release.countDown();
        viewer.join();
        assertThat(part.read(SHOP, ANNA).parts().known()).as("the new run's figures").isTrue();
        assertThat(loads).hasValue(2);
    }

    @Test
    void turnedOffEveryViewReadsTheStore() {
        AnalyticalPart part = part(false);
        part.read(SHOP, ANNA);
        part.read(SHOP, ANNA);
        assertThat(loads).hasValue(2);
        assertThat(part.warm(SHOP, ANNA)).isFalse();
    }

    @Test
    void withoutATtlSetTheStoreDecides() {
        AnalyticalCacheSettings unset = new AnalyticalCacheSettings(null, null, null);
        assertThat(unset.forStore(true).heldUntilWritten()).isTrue();
        assertThat(unset.forStore(false).timeToLive()).isEqualTo(Duration.ofSeconds(30));
        assertThat(new AnalyticalCacheSettings(null, null, Duration.ofMinutes(2)).forStore(true).timeToLive())
                .isEqualTo(Duration.ofMinutes(2));
    }

    /**
     * Anna and Ben of the shop (and Anna of another shop) are held; the write must drop the shop's Anna (and Ben when
     * workspace-wide) and nothing more of the shop.
     */
    private void assertDrops(AnalyticalPart part, Consumer<AnalyticalPart> write, boolean anna, boolean ben) {
        part.read(SHOP, ANNA);
        part.read(SHOP, BEN);
        part.read(OTHER, ANNA);
        int before = loads.get();
        write.accept(part);
        part.read(SHOP, ANNA);
        part.read(SHOP, BEN);
        assertThat(loads.get() - before).as("the shop's loads after the write").isEqualTo((anna ? 1 : 0) + (ben ? 1 : 0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
