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
    private final com.scudo.money.Formatting formatting;

    private final int chunkSize;

    Rescore(HistoryReader histories, RunResults results, RunLog runs, AnalyticsSettings settings,
            com.scudo.money.Formatting formatting,
            @Value("${scudo.analytics.run-chunk:" + FullRun.CHUNK + "}") int chunkSize) {
        this.chunkSize = chunkSize;
        this.formatting = formatting;
        this.histories = histories;
        this.results = results;
        this.runs = runs;
        this.settings = settings;
    }

    int run(String runId, String workspace, LocalDate asOf, FittedModels models, RfmScale rfm) {
        OffsetDateTime start = runs.now();
        results.begin(workspace);
        runs.progress(runId, "re-scoring with the last fit", null, 0);
        Scorer scorer = new Scorer(asOf, rfm, models, settings, formatting.of(com.scudo.shared.WorkspaceId.of(workspace)));
        List<List<CustomerFigures>> figures = new ArrayList<>(List.of(new ArrayList<>()));
        List<List<Behaviour>> behaviours = new ArrayList<>(List.of(new ArrayList<>()));
        int[] done = {0};
        try (StageWriter writer = new StageWriter("analytics-stage-writer", 2)) {
            histories.forEachCustomer(workspace, asOf, history -> {
                figures.get(0).add(CustomerFigures.of(history, asOf));
                behaviours.get(0).add(Behaviour.of(history));
                if (figures.get(0).size() == chunkSize) {
                    done[0] += write(writer, workspace, asOf, scorer, figures.set(0, new ArrayList<>()),
                            behaviours.set(0, new ArrayList<>()), start);
                    runs.progress(runId, "re-scoring with the last fit", null, done[0]);
                }
            });
            done[0] += write(writer, workspace, asOf, scorer, figures.get(0), behaviours.get(0), start);
            writer.finish();
        }
        results.swap(workspace, asOf, runId); // readers see the whole run, its segments included, at once
        runs.progress(runId, "re-scoring with the last fit", done[0], done[0]);
        log.info("Re-scored {} customers of {} as of {} with the last fit", done[0], workspace, asOf);
        return done[0];
    }

    /** Scores the chunk here and leaves writing it to the writer's thread. */
    private int write(StageWriter writer, String workspace, LocalDate asOf, Scorer scorer, List<CustomerFigures> figures,
                      List<Behaviour> behaviours, OffsetDateTime start) {
        List<CustomerScore> scores = figures.stream().map(scorer::score).toList();
        writer.submit(() -> {
            results.stageBehaviour(workspace, asOf, figures, behaviours, start);
            results.stageScores(workspace, asOf, scores, start);
        });
        return figures.size();
    }
}
