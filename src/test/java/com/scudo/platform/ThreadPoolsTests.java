package com.scudo.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreadPoolsTests {
    private final ThreadPools pools = new ThreadPools(Map.of(
            "small", new ThreadPools.Pool(1, null, 1, false),
            "helpful", new ThreadPools.Pool(1, null, 0, true)));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pools.destroy();
    }

    @Test
    void threadsAreNamedAfterTheirPool() throws Exception {
        AtomicReference<String> name = new AtomicReference<>();
        pools.shared("small").submit(() -> name.set(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
        assertThat(name.get()).isEqualTo("scudo-small-1");
        assertThat(pools.thread("loop", () -> { }).getName()).isEqualTo("scudo-loop-1");
        assertThat(pools.thread("loop", () -> { }).isDaemon()).isTrue();
    }

    @Test
    void aFullPoolRefusesInsteadOfQueueingWithoutEnd() throws Exception {
        ExecutorService small = pools.shared("small");
        CountDownLatch busy = new CountDownLatch(1);
        small.execute(() -> {
            busy.countDown();
            await(release);
        });
        busy.await(10, TimeUnit.SECONDS);
        small.execute(() -> { }); // the one queue place
        assertThatThrownBy(() -> small.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void aFullPoolCanLeaveTheTaskToItsCaller() throws Exception {
        ExecutorService helpful = pools.forOperation("helpful", 0);
        try {
            CountDownLatch busy = new CountDownLatch(1);
            helpful.execute(() -> {
                busy.countDown();
                await(release);
            });
            busy.await(10, TimeUnit.SECONDS);
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            helpful.execute(() -> ranOn.set(Thread.currentThread()));
            assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        } finally {
            helpful.shutdownNow();
        }
    }

    @Test
    void theSharedPoolOfANameIsOne() {
        assertThat(pools.shared("small")).isSameAs(pools.shared("small"));
        ExecutorService ownPool = pools.forOperation("small", 3);
        assertThat(ownPool).isNotSameAs(pools.shared("small"));
        ownPool.shutdownNow();
    }

    @Test
    void everyPoolIsSetInApplicationYml() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        Map<String, ThreadPools.Pool> configured = Binder.get(environment)
                .bind("scudo.threads", Bindable.mapOf(String.class, ThreadPools.Pool.class)).get();
        assertThat(configured).containsKeys("analytics-run", "assistant-stream", "view", "import", "import-operational",
                "import-writer", "demo-bulk-load", "audit-reads");
        assertThat(configured.get("view").callerRuns()).isTrue();
        assertThat(configured.get("assistant-stream").maxThreads()).isEqualTo(8);
        assertThat(configured.get("assistant-stream").queue()).isEqualTo(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
