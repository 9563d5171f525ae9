package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.model.FittedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-scores every customer of a workspace as of a date with the last fitted models and RFM boundaries (no fit):
 * churn, P(alive), expected orders and recency move with the calendar even when nobody orders. One pass over the
 * histories, behaviour and scores written in chunks as they come.
 */
@Component
class Rescore {
    private static final Logger log = LoggerFactory.getLogger(Rescore.class);

    private final HistoryReader histories;
    private final RunResults results;
    private final RunLog runs;
    private final AnalyticsSettings settings;
    private final com.scudo.platform.ThreadPools pools;

    private final int chunkSize;

    Rescore(HistoryReader histories, RunResults results, RunLog runs, AnalyticsSettings settings,
            com.scudo.platform.ThreadPools pools,
            @Value("${scudo.analytics.run-chunk:" + FullRun.CHUNK + "}") int chunkSize) {
        this.chunkSize = chunkSize;
        this.pools = pools;
        this.histories = histories;
        this.results = results;
        this.runs = runs;
        this.settings = settings;
    }

    int run(String runId, String workspace, LocalDate asOf, FittedModels models, RfmScale rfm) {
        OffsetDateTime start = runs.now();
        results.begin(workspace);
        runs.progress(runId, "re-scoring with the last fit", null, 0);
        Scorer scorer = new Scorer(asOf, rfm, models, settings);
        List<List<CustomerHistory>> chunk = new ArrayList<>(List.of(new ArrayList<>()));
        int[] done = {0};
        try (ChunkThread writer = ChunkThread.writer(pools);
             ChunkThread fold = ChunkThread.fold(pools)) {
            // This thread decodes the rows; the fold thread folds and scores each chunk, the writer stages it.
            java.util.function.Consumer<List<CustomerHistory>> scoring = read -> fold.submit(() -> {
                FoldedChunk folded = FoldedChunk.of(read, asOf, false);
                return new Scored(folded, folded.figures().stream().map(scorer::score).toList());
            }, scored -> {
                writer.submit(() -> {
                    results.stageBehaviour(workspace, asOf, scored.folded().figures(), scored.folded().behaviours(), start);
                    results.stageScores(workspace, asOf, scored.scores(), start);
                });
                done[0] += scored.scores().size();
            });
            histories.forEachCustomer(workspace, asOf, history -> {
                chunk.get(0).add(history);
                if (chunk.get(0).size() == chunkSize) {
                    scoring.accept(chunk.set(0, new ArrayList<>()));
                    runs.progress(runId, "re-scoring with the last fit", null, done[0]);
                }
            });
            scoring.accept(chunk.get(0));
            fold.finish();
            writer.finish();
        }
        results.swap(workspace, asOf, runId); // readers see the whole run, its segments included, at once
        runs.progress(runId, "re-scoring with the last fit", done[0], done[0]);
        log.info("Re-scored {} customers of {} as of {} with the last fit", done[0], workspace, asOf);
        return done[0];
    }

    private record Scored(FoldedChunk folded, List<CustomerScore> scores) {
    }
}
