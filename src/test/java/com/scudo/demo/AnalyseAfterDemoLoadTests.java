package com.scudo.demo;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.RunAlreadyActiveException;
import com.scudo.analytics.RunStatus;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyseAfterDemoLoadTests {
    private static final WorkspaceId SHOP = WorkspaceId.of("demo-busy");

    @Test
    void aRunStartedElsewhereIsWaitedForAndTheDemoIsScoredAfterIt() {
        List<LocalDate> ran = new ArrayList<>();
        AtomicInteger refusals = new AtomicInteger(1);
        AtomicInteger statusReads = new AtomicInteger();
        AnalyticsRuns runs = (AnalyticsRuns) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{AnalyticsRuns.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "runNow" -> {
                        if (refusals.getAndDecrement() > 0) {
                            throw new RunAlreadyActiveException(SHOP.value(), "other-run");
                        }
                        ran.add((LocalDate) args[1]);
                        yield null;
                    }
                    // the other run is still going on the first two reads, then done
                    case "status" -> Optional.of(new RunStatus("other-run", SHOP.value(), null,
                            statusReads.incrementAndGet() <= 2 ? "running" : "done", null, null, null, null, null, null, null));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        AnalyseAfterDemoLoad listener = new AnalyseAfterDemoLoad(runs, clock, new DemoSettings(false, 90, 42L, 0));

        listener.on(new DemoDataLoaded(SHOP, false));

        assertThat(statusReads).hasValue(3);
        assertThat(ran).containsExactly(LocalDate.of(2026, 12, 7));
    }
}
