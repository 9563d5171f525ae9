package com.scudo.ingest.internal;

import com.scudo.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Works off what a stopped server left waiting (the outbox, and pending marks of an older version) before the
 * server reports itself ready: application runners finish before the readiness state turns to accepting traffic,
 * so a load balancer sends no request to a server whose stores are still behind each other. The command line's
 * local stores skip it (no web application).
 */
@Component
@ConditionalOnWebApplication
class ReplayBeforeReady implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ReplayBeforeReady.class);
    private final IngestService ingest;

    ReplayBeforeReady(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public void run(ApplicationArguments args) {
        int copied = ingest.replayPending();
        if (copied > 0) {
            log.info("Copied {} records a stopped server left waiting (outbox, pending marks) before accepting traffic",
                    copied);
        }
    }
}
