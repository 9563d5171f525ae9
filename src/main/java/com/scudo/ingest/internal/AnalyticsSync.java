package com.scudo.ingest.internal;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.customer.PendingSync;
import com.scudo.customer.PendingSync.PendingCustomer;
import com.scudo.customer.PendingSync.PendingInteraction;
import com.scudo.customer.PendingSync.PendingOrder;
import com.scudo.customer.PendingSync.PendingRecord;
import com.scudo.ingest.OrderRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Copies operational records to the analytical store. The operational write comes first and marks
 * the record pending; the copy clears the mark. A copy that fails leaves the mark, and the replay
 * below (on a timer, and on demand) copies it again: upserts make that safe to repeat.
 */
@Component
public class AnalyticsSync {
    private static final Logger log = LoggerFactory.getLogger(AnalyticsSync.class);
    private static final int REPLAY_BATCH = 500;

    private final AnalyticalFacts facts;
    private final PendingSync pending;
    private final ApplicationEventPublisher events;

    AnalyticsSync(AnalyticalFacts facts, PendingSync pending, ApplicationEventPublisher events) {
        this.facts = facts;
        this.pending = pending;
        this.events = events;
    }

    /** Copies one record; false (and a warning) when the analytical store failed — the mark stays. */
    public boolean copy(PendingRecord record, boolean announce) {
        try {
            if (record instanceof PendingCustomer c) {
                facts.upsertCustomer(c.profile());
            } else if (record instanceof PendingOrder o) {
                facts.upsertOrder(o.order());
            } else if (record instanceof PendingInteraction i) {
                facts.upsertInteraction(i.interaction());
            }
        } catch (RuntimeException e) {
            log.warn("Analytical store write failed; the record stays pending and will be replayed: {}", e.toString());
            return false;
        }
        if (record.token() != null) {
            pending.markSynced(record);
        }
        if (announce && record instanceof PendingOrder o) {
            events.publishEvent(new OrderRecorded(o.order().workspace(), o.order().customerId(), o.order().id(),
                    o.order().orderedAt(), o.order().amount()));
        }
        return true;
    }

    /** Replays everything still pending; returns how many records were copied. */
    @Scheduled(initialDelayString = "${scudo.sync.replay-initial-delay:PT5S}",
            fixedDelayString = "${scudo.sync.replay-interval:PT30S}")
    public int replayPending() {
        int copied = 0;
        while (true) {
            List<PendingRecord> batch = pending.pending(REPLAY_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            int before = copied;
            for (PendingRecord record : batch) {
                if (copy(record, true)) {
                    copied++;
                }
            }
            if (copied == before || batch.size() < REPLAY_BATCH) {
                break; // the store is still failing, or nothing more is left: try again next time
            }
        }
        if (copied > 0) {
            log.info("Replayed {} pending records into the analytical store", copied);
        }
        return copied;
    }
}
