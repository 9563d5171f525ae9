package com.scudo.connector.webhook;

import com.scudo.platform.ThreadPools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The thread that works off the delivery outbox (every half second, or at once while a batch was full). Its own
 * thread, so a slow receiver never holds up the scheduled jobs; it picks up whatever a crash left at the next start.
 */
@Component
class DeliveryLoop implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryLoop.class);
    private final Deliveries deliveries;
    private final ThreadPools pools;
    private final Clock clock;
    private volatile Thread thread;

    DeliveryLoop(Deliveries deliveries, ThreadPools pools, Clock clock) {
        this.deliveries = deliveries;
        this.pools = pools;
        this.clock = clock;
    }

    @Override
    public void start() {
        thread = pools.thread("webhook-delivery", this::run);
        thread.start();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (deliveries.deliverDue(clock.instant()) == 0) {
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Webhook delivery pass failed; retrying shortly", e);
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
