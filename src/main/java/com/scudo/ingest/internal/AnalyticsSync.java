package com.scudo.ingest.internal;

import com.scudo.customer.PendingSync;
import com.scudo.customer.PendingSync.PendingCustomer;
import com.scudo.customer.PendingSync.PendingInteraction;
import com.scudo.customer.PendingSync.PendingOrder;
import com.scudo.customer.PendingSync.PendingRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Records that an earlier version wrote to the operational store first and left marked pending (its
 * analytical copy had failed): each goes through the recording path now, then its mark is cleared. New
 * writes never set the mark, so after the first replay of an upgraded installation this finds nothing.
 */
@Component
public class AnalyticsSync {
    private static final Logger log = LoggerFactory.getLogger(AnalyticsSync.class);
    private static final int REPLAY_BATCH = 500;

    private final Recording recording;
    private final PendingSync pending;

    AnalyticsSync(Recording recording, PendingSync pending) {
        this.recording = recording;
        this.pending = pending;
    }

    /** Replays everything still marked; returns how many records were recorded. */
    @Scheduled(initialDelayString = "${scudo.sync.replay-initial-delay:PT5S}",
            fixedDelayString = "${scudo.sync.replay-interval:PT30S}")
    public int replayPending() {
        int copied = 0;
        while (true) {
            List<PendingRecord> batch = pending.pending(REPLAY_BATCH);
            int before = copied;
            for (PendingRecord record : batch) {
                if (replay(record)) {
                    copied++;
                }
            }
            if (batch.isEmpty() || copied == before || batch.size() < REPLAY_BATCH) {
                break;
            }
        }
        if (copied > 0) {
            log.info("Recorded {} records an earlier version had left pending", copied);
        }
        return copied;
    }

    private boolean replay(PendingRecord record) {
        try {
            if (record instanceof PendingCustomer c) {
                recording.customers(c.profile().workspace(), List.of(c.profile()));
            } else if (record instanceof PendingOrder o) {
                recording.orders(o.order().workspace(), List.of(o.order()));
            } else if (record instanceof PendingInteraction i) {
                recording.interactions(i.interaction().workspace(), List.of(i.interaction()));
            }
        } catch (RuntimeException e) {
            log.warn("A pending record could not be recorded and stays marked: {}", e.toString());
            return false;
        }
        pending.markSynced(record);
        return true;
    }
}
