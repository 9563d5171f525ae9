package com.scudo.ingest.internal;

import org.springframework.stereotype.Component;

/** What the recording path still has to do, and how late it is doing it. */
@Component
public class SyncStatus {
    private final Outbox outbox;
    private final OperationalCopier copier;
    private final ScoreRefresher refresher;
    private final IngestMeters meters;

    SyncStatus(Outbox outbox, OperationalCopier copier, ScoreRefresher refresher, IngestMeters meters) {
        this.outbox = outbox;
        this.copier = copier;
        this.refresher = refresher;
        this.meters = meters;
    }

    public record Figures(long copyBacklog, long refreshBacklog, IngestMeters.LagFigures lags) {
    }

    public Figures figures() {
        long[] backlog = outbox.backlog();
        return new Figures(backlog[0], backlog[1], meters.figures());
    }

    /** Copies and re-scores everything recorded so far, in the caller's thread; returns the rows copied. */
    public int drainNow() {
        int copied = copier.drainNow();
        refresher.drainNow();
        return copied;
    }
}
