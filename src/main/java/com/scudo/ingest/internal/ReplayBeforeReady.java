package com.scudo.ingest.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Copies what a stopped server left pending before the server reports itself ready: application runners finish
 * before the readiness state turns to accepting traffic, so a load balancer sends no request to a server whose
 * analytical store is still behind. The command line's local stores skip it (no web application).
 */
@Component
@ConditionalOnWebApplication
class ReplayBeforeReady implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ReplayBeforeReady.class);
    private final AnalyticsSync sync;

    ReplayBeforeReady(AnalyticsSync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        int copied = sync.replayPending();
        if (copied > 0) {
            log.info("Copied {} records left pending to the analytical store before accepting traffic", copied);
        }
    }
}
