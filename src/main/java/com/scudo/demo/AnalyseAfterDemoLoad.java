package com.scudo.demo;

import com.scudo.analytics.AnalyticsRuns;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The demo is only useful with its scores: a load is followed by a full run as of today. */
@Component
class AnalyseAfterDemoLoad {
    private final AnalyticsRuns analytics;
    private final Clock clock;

    AnalyseAfterDemoLoad(AnalyticsRuns analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    @EventListener
    void on(DemoDataLoaded loaded) {
        analytics.runNow(loaded.workspace(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }
}
