package com.scudo.ingest.internal;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Re-scores the customers of recorded writes with the workspace's last fitted models, off the request:
 * each customer once per batch however many of their orders arrived, so under load the work grows with
 * the customers touched, not with the orders. Segments and recommendations follow the re-score.
 */
@Component
class ScoreRefresher extends OutboxWorker {
    private static final Logger log = LoggerFactory.getLogger(ScoreRefresher.class);
    private static final int BATCH = 5_000;

    private final AnalyticsRuns analytics;
    private final IngestMeters meters;

    ScoreRefresher(Outbox outbox, AnalyticsRuns analytics, IngestMeters meters,
                   @Value("${scudo.ingest.refresh-gather:100ms}") Duration gather) {
        super(outbox, "scudo-score-refresh", gather);
        this.analytics = analytics;
        this.meters = meters;
    }

    @Override
    int batchSize() {
        return BATCH;
    }

    @Override
    int work() {
        List<Outbox.Row> rows = outbox.toRefresh(BATCH);
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, Set<CustomerId>> customers = new LinkedHashMap<>();
        rows.forEach(r -> customers.computeIfAbsent(r.workspace(), w -> new LinkedHashSet<>()).add(CustomerId.of(r.customer())));
        customers.forEach((workspace, ids) -> {
            try {
                analytics.refresh(WorkspaceId.of(workspace), ids);
            } catch (RuntimeException e) {
                // The records are stored; the next full run scores these customers anyway.
                log.warn("Could not refresh the scores of {} customers in {}; the next run will: {}", ids.size(), workspace,
                        e.toString());
            }
        });
        List<Long> seqs = new ArrayList<>(rows.size());
        rows.forEach(r -> seqs.add(r.seq()));
        outbox.markRefreshed(seqs);
        meters.refreshed(rows, customers.values().stream().mapToInt(Set::size).sum());
        return rows.size();
    }
}
