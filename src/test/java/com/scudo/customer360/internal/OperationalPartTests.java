package com.scudo.customer360.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.OperationalRecordsWritten;
import com.scudo.customer.Order;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.ProfileAndCounters;
import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.WriteOutcome;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.CustomerId;
import com.scudo.shared.OrderId;
import com.scudo.shared.WorkspaceId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 360's cache of the operational part: served when held, dropped by the customer's writes, never left stale;
 * warmed at start until every stored customer is held or the cache is nearly full.
 */
class OperationalPartTests {
    static final WorkspaceId SHOP = WorkspaceId.of("shop");
    static final CustomerId ANNA = CustomerId.of("anna");
    static final CustomerId BEN = CustomerId.of("ben");

    /** The operational store, reduced to an order count per customer that tests move, and the reads it served. */
    final ConcurrentHashMap<String, Long> ordersStored = new ConcurrentHashMap<>();
    final AtomicInteger reads = new AtomicInteger();
    volatile CountDownLatch loading = new CountDownLatch(0);
    volatile CountDownLatch release = new CountDownLatch(0);

    final ProfileAndCounters profiles = (workspace, customer) -> {
        reads.incrementAndGet();
        long orders = ordersStored.getOrDefault(workspace.value() + "/" + customer.value(), 0L);
        loading.countDown();
        await(release);
        return new ProfileAndCounters.Read(Optional.empty(), new RealtimeCounters(orders, BigDecimal.ZERO, 0, null));
    };
    final OrderHistory orders = new OrderHistory() {
        public WriteOutcome record(Order order) {
            throw new UnsupportedOperationException();
        }

        public Optional<Order> find(WorkspaceId workspace, CustomerId customer, OrderId order) {
            return Optional.empty();
        }

        public List<Order> newestFirst(WorkspaceId workspace, CustomerId customer, int limit) {
            return List.of();
        }
    };
    final InteractionLog interactions = new InteractionLog() {
        public WriteOutcome record(Interaction interaction) {
            throw new UnsupportedOperationException();
        }

        public List<Interaction> newestFirst(WorkspaceId workspace, CustomerId customer, int limit) {
            return List.of();
        }
    };

    OperationalPart part(boolean enabled) {
        return new OperationalPart(profiles, orders, interactions, Runnable::run,
                new OperationalCacheSettings(enabled, 1000L, Duration.ofHours(1), false), new SimpleMeterRegistry());
    }

    @Test
    void aHeldPartIsServedWithoutReadingTheStoreUntilThatCustomersWriteDropsIt() {
        OperationalPart part = part(true);
        ordersStored.put("shop/anna", 1L);
        ordersStored.put("shop/ben", 5L);
        assertThat(orders(part, ANNA)).isEqualTo(1);
        assertThat(orders(part, BEN)).isEqualTo(5);
        ordersStored.put("shop/anna", 2L);
        ordersStored.put("shop/ben", 6L);
        assertThat(orders(part, ANNA)).as("held: the store is not read again").isEqualTo(1);
        assertThat(reads).hasValue(2);
        assertThat(part.held(SHOP, ANNA)).isNotNull();

        part.written(new OperationalRecordsWritten(WorkspaceId.of("other-shop"), Set.of(ANNA)));
        assertThat(orders(part, ANNA)).as("another workspace's write").isEqualTo(1);

        part.written(new OperationalRecordsWritten(SHOP, Set.of(ANNA)));
        assertThat(part.held(SHOP, ANNA)).isNull();
        assertThat(orders(part, ANNA)).isEqualTo(2);
        assertThat(orders(part, BEN)).as("another customer's entry stays").isEqualTo(5);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aWriteThatLandsWhileAPartIsLoadingDoesNotLeaveTheOldPartBehind() throws Exception {
        OperationalPart part = part(true);
        ordersStored.put("shop/anna", 1L);
        loading = new CountDownLatch(1);
        release = new CountDownLatch(1);
        Thread viewer = new Thread(() -> part.read(SHOP, ANNA)); // reads 1 order, then stalls before it is cached
        viewer.start();
        loading.await();
        Thread writer = new Thread(() -> {
            ordersStored.put("shop/anna", 2L);
            part.written(new OperationalRecordsWritten(SHOP, Set.of(ANNA)));
        });
        writer.start();
        Thread.sleep(200); // the writer reaches the invalidation while the load is still in progress
        release.countDown();
        viewer.join();
        writer.join();
        assertThat(orders(part, ANNA)).isEqualTo(2);
    }

    @Test
    void turnedOffEveryViewReadsTheStore() {
        OperationalPart part = part(false);
        ordersStored.put("shop/anna", 1L);
        orders(part, ANNA);
        ordersStored.put("shop/anna", 2L);
        assertThat(orders(part, ANNA)).isEqualTo(2);
        assertThat(reads).hasValue(2);
        assertThat(part.held(SHOP, ANNA)).isNull();
    }

    @Test
    void withoutATtlSetTheStoreDecidesEntriesLastUntilWrittenInProcessAndThirtySecondsAgainstAws() {
        OperationalCacheSettings unset = new OperationalCacheSettings(null, null, null, null);
        assertThat(unset.forStore(true).heldUntilWritten()).isTrue();
        assertThat(unset.forStore(true).warmAtStart()).isTrue();
        assertThat(unset.forStore(false).timeToLive()).isEqualTo(Duration.ofSeconds(30));
        assertThat(unset.forStore(false).warmAtStart()).as("entries that expire are not worth warming").isFalse();
        OperationalCacheSettings set = new OperationalCacheSettings(true, 10L, Duration.ofMinutes(5), null);
        assertThat(set.forStore(true).timeToLive()).isEqualTo(Duration.ofMinutes(5));
        assertThat(set.forStore(true).warmAtStart()).isFalse();
        assertThat(new OperationalCacheSettings(true, 10L, Duration.ZERO, false).forStore(true).warmAtStart()).isFalse();
    }

    @Test
    void warmingLoadsEachCustomerOnceAndStopsBeforeTheCacheWouldEvict() {
        // 30 records at most; each customer weighs 1 (a profile, no orders or interactions): room for 27 before 9/10.
        OperationalPart part = new OperationalPart(profiles, orders, interactions, Runnable::run,
                new OperationalCacheSettings(true, 30L, Duration.ZERO, true), new SimpleMeterRegistry());
        assertThat(part.warm(SHOP, ANNA)).isTrue();
        assertThat(part.warm(SHOP, ANNA)).isTrue();
        assertThat(reads).as("a held customer is not read again").hasValue(1);
        int warmed = 1;
        while (part.warm(SHOP, CustomerId.of("c" + warmed))) {
            warmed++;
        }
        assertThat(warmed).isEqualTo(27);
        assertThat(part.heldCustomers()).isEqualTo(27);
        assertThat(part.held(SHOP, ANNA)).as("nothing warmed was evicted").isNotNull();
    }

    @Test
    void warmsEveryStoredCustomerOfEveryWorkspace() {
        OperationalPart part = warmable(1000);
        long visited = new ViewCacheWarmer(part, noAnalyticalCache(), stored(5), warmingPool(), new SimpleMeterRegistry()).warm();
        assertThat(visited).isEqualTo(10);
        assertThat(part.heldCustomers()).isEqualTo(10);
        assertThat(part.held(WorkspaceId.of("w1"), CustomerId.of("c4"))).isNotNull();
        assertThat(reads).hasValue(10);
    }

    @Test
    void stopsWhenTheCacheIsNineTenthsFull() {
        OperationalPart part = warmable(10);
        long visited = new ViewCacheWarmer(part, noAnalyticalCache(), stored(50), warmingPool(), new SimpleMeterRegistry()).warm();
        // Two loaders each check the bound before loading, so the last round may pass it by one.
        assertThat(visited).isBetween(9L, 10L);
        assertThat(part.heldCustomers()).as("nothing evicted").isEqualTo(visited);
    }

    /** As application.yml configures it. */
    private static ThreadPools warmingPool() {
        return new ThreadPools(java.util.Map.of(ViewCacheWarmer.POOL, new ThreadPools.Pool(2, null, 1000, true)));
    }

    private static AnalyticalPart noAnalyticalCache() {
        return new AnalyticalPart((w, c) -> null, (w, c) -> List.of(),
                new AnalyticalCacheSettings(false, 10L, Duration.ZERO), new SimpleMeterRegistry());
    }

    private OperationalPart warmable(long maximumRecords) {
        return new OperationalPart(profiles, orders, interactions, Runnable::run,
                new OperationalCacheSettings(true, maximumRecords, Duration.ZERO, true), new SimpleMeterRegistry());
    }

    /** Warming: two workspaces of n customers each, as the store's key scan gives them. */
    private static CustomerProfiles stored(int n) {
        return new CustomerProfiles() {
            public void forEachKey(BiPredicate<WorkspaceId, CustomerId> visitor) {
                for (String workspace : List.of("w0", "w1")) {
                    for (int i = 0; i < n; i++) {
                        if (!visitor.test(WorkspaceId.of(workspace), CustomerId.of("c" + i))) {
                            return;
                        }
                    }
                }
            }

            public Optional<CustomerProfile> find(WorkspaceId workspace, CustomerId id) {
                throw new UnsupportedOperationException();
            }

            public Optional<CustomerProfile> findByEmail(WorkspaceId workspace, String email) {
                throw new UnsupportedOperationException();
            }

            public WriteOutcome save(CustomerProfile profile) {
                throw new UnsupportedOperationException();
            }

            public void saveAll(List<CustomerProfile> profiles) {
                throw new UnsupportedOperationException();
            }

            public void forEach(WorkspaceId workspace, Consumer<CustomerProfile> visitor) {
                throw new UnsupportedOperationException();
            }

            public boolean isEmpty(WorkspaceId workspace) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static long orders(OperationalPart part, CustomerId customer) {
        return part.read(SHOP, customer).stored().counters().orders();
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
