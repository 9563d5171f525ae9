package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.model.ChoiceSettings;
import com.scudo.analytics.model.FittedModels;
import com.scudo.analytics.model.ModelChoice;
import com.scudo.analytics.model.ModelFit;
import com.scudo.analytics.model.ModelSelection;
import com.scudo.analytics.model.ModelSettings;
import com.scudo.analytics.model.PurchaseModels;
import com.scudo.analytics.model.PurchaseSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * One full run as of a date: read every history once (writing behaviour as it goes), fit the
 * models and the RFM scale on the whole workspace, then score and write customers in chunks.
 */
@Component
class FullRun {
    private static final Logger log = LoggerFactory.getLogger(FullRun.class);
    static final int CHUNK = 2000;

    private final HistoryReader histories;
    private final RunResults results;
    private final ModelStore models;
    private final RunLog runs;
    private final AnalyticsSettings settings;
    private final com.scudo.platform.ThreadPools pools;

    private final int chunkSize;

    FullRun(HistoryReader histories, RunResults results, ModelStore models, RunLog runs, AnalyticsSettings settings,
            com.scudo.platform.ThreadPools pools,
            @Value("${scudo.analytics.run-chunk:" + CHUNK + "}") int chunkSize) {
        this.chunkSize = chunkSize;
        this.pools = pools;
        this.histories = histories;
        this.results = results;
        this.models = models;
        this.runs = runs;
        this.settings = settings;
    }

    /** What a run leaves behind for single-customer refreshes until the next run. */
    record Result(int customers, FittedModels models, RfmScale rfm, List<String> notes) {
    }

    Result run(String runId, String workspace, LocalDate asOf) {
        try (ChunkThread writer = ChunkThread.writer(pools);
             ChunkThread fold = ChunkThread.fold(pools)) {
            return run(runId, workspace, asOf, writer, fold);
        }
    }

    private Result run(String runId, String workspace, LocalDate asOf, ChunkThread writer, ChunkThread fold) {
        OffsetDateTime start = runs.now();
        results.begin(workspace);
        // The number of customers is known at the end of the one pass; counting them first would read every order twice.
        runs.progress(runId, "reading order histories", null, 0);
        List<CustomerFigures> figures = new ArrayList<>();
        List<int[]> purchaseDays = new ArrayList<>();
        List<List<CustomerHistory>> readChunk = new ArrayList<>(List.of(new ArrayList<>()));
        // This thread decodes the rows; the fold thread turns each chunk into figures and behaviour, handed back here
        // in order (so the lists stay in step) and staged by the writer.
        java.util.function.Consumer<List<CustomerHistory>> folding = read -> fold.submit(
                () -> FoldedChunk.of(read, asOf, true), folded -> {
                    figures.addAll(folded.figures());
                    purchaseDays.addAll(folded.purchaseDays());
                    stageBehaviour(writer, workspace, asOf, folded.figures(), folded.behaviours(), start);
                });
        histories.forEachCustomer(workspace, asOf, history -> {
            readChunk.get(0).add(history);
            if (readChunk.get(0).size() == chunkSize) {
                folding.accept(readChunk.set(0, new ArrayList<>()));
                runs.progress(runId, "reading order histories", null, figures.size());
            }
        });
        folding.accept(readChunk.get(0));
        fold.finish();
        writer.finish();
        log.info("Read {} histories and wrote their behaviour in {} ms", figures.size(), millisSince(start));

        runs.progress(runId, "fitting models", figures.size(), 0);
        long fitStart = System.nanoTime();
        List<PurchaseSummary> summaries = new ArrayList<>(figures.size());
        figures.forEach(f -> summaries.add(f.purchases()));
        ModelSettings fitting = new ModelSettings(settings.priorBelowCustomers(), false);
        // The shop's own holdout picks the purchase model that scores it (small shops keep the default, saying why).
        List<String> customerIds = new ArrayList<>(figures.size());
        figures.forEach(f -> customerIds.add(f.customerId()));
        Optional<ModelChoice> checked = choose(purchaseDays, customerIds, asOf, fitting);
        purchaseDays.clear();
        // A candidate that broke down on the holdout sample breaks down on the whole shop too: fit the default family only.
        Fit result = checked.map(c -> fit(summaries, fitting, c))
                .orElseGet(() -> new Fit(defaultChoice("Not every candidate model could be fitted on this shop's orders in"
                        + " the holdout check.", asOf, summaries.size()), PurchaseModels.fit(summaries, fitting)));
        ModelChoice choice = result.choice();
        FittedModels fitted = result.models();
        RfmScale rfm = rfmScale(figures);
        log.info("Models fitted on {} customers in {} ms; {} drives the scores", figures.size(),
                (System.nanoTime() - fitStart) / 1_000_000, choice.chosen());
        List<String> notes = new ArrayList<>();
        RefitNote.of(models.latestChoice(workspace).map(c -> c.choice().chosen()).orElse(null),
                models.latest(workspace, choice.chosen()).map(ModelStore.StoredFit::fit).orElse(null),
                fitted.churn(), choice).ifPresent(notes::add);
        List<ModelFit> fits = new ArrayList<>(fitted.purchaseFits());
        fits.add(fitted.spend());
        fits.add(rfmFit(rfm, figures.size()));
        for (ModelFit fit : fits) {
            models.save(workspace, asOf, start, fit);
        }
        models.saveChoice(workspace, asOf, start, choice);

        Scorer scorer = new Scorer(asOf, rfm, fitted, settings);
        List<CustomerScore> chunk = new ArrayList<>();
        int done = 0;
        for (CustomerFigures f : figures) {
            chunk.add(scorer.score(f));
            if (chunk.size() == chunkSize) {
                List<CustomerScore> full = chunk;
                writer.submit(() -> results.stageScores(workspace, asOf, full, start));
                done += chunk.size();
                chunk = new ArrayList<>();
                runs.progress(runId, "scoring customers", null, done);
            }
        }
        List<CustomerScore> last = chunk;
        writer.submit(() -> results.stageScores(workspace, asOf, last, start));
        done += chunk.size();
        writer.finish();
        results.swap(workspace, asOf, runId); // readers see the whole run, its segments included, at once
        runs.progress(runId, "scoring customers", null, done);
        log.info("Scored and wrote {} customers; run body took {} ms", done, millisSince(start));
        return new Result(done, fitted, rfm, notes);
    }

    /**
     * The holdout check fits every candidate model on the shop's own data; a candidate whose fit breaks down numerically
     * on that data must not stop the run: the default model then drives the scores, and the choice says why.
     */
    private static Optional<ModelChoice> choose(List<int[]> purchaseDays, List<String> customerIds, LocalDate asOf,
                                                ModelSettings fitting) {
        try {
            return Optional.of(ModelSelection.choose(purchaseDays, customerIds, asOf, ChoiceSettings.defaults(), fitting));
        } catch (ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            log.warn("The holdout check of the purchase models failed ({}); {} drives the scores", e.getMessage(),
                    ModelChoice.DEFAULT_MODEL);
            return Optional.empty();
        }
    }

    private static ModelChoice defaultChoice(String why, LocalDate asOf, int customers) {
        return new ModelChoice(ModelChoice.DEFAULT_MODEL, false, why + " " + ModelChoice.DEFAULT_MODEL
                + ", the default, drives the scores.", null, asOf, 0, customers, List.of(), null);
    }

    private record Fit(ModelChoice choice, FittedModels models) {
    }

    /**
     * The chosen model is fitted on every customer, the other candidates for the report on a sample (see
     * {@link PurchaseModels#fit(List, ModelSettings, ModelChoice)}); when one of them breaks down numerically on this
     * shop's orders, the run goes on with the BG/NBD family alone, the default driving the scores.
     */
    private static Fit fit(List<PurchaseSummary> summaries, ModelSettings fitting, ModelChoice choice) {
        try {
            return new Fit(choice, PurchaseModels.fit(summaries, fitting, choice));
        } catch (ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            log.warn("A candidate purchase model could not be fitted on the whole shop ({}); {} drives the scores",
                    e.getMessage(), ModelChoice.DEFAULT_MODEL);
            ModelChoice fallback = defaultChoice("Not every candidate model could be fitted on this shop's orders.",
                    choice.end(), choice.customers());
            return new Fit(fallback, PurchaseModels.fit(summaries, fitting));
        }
    }

    private void stageBehaviour(ChunkThread writer, String workspace, LocalDate asOf, List<CustomerFigures> figures,
                                List<Behaviour> behaviours, OffsetDateTime start) {
        writer.submit(() -> results.stageBehaviour(workspace, asOf, figures, behaviours, start));
    }

    private long millisSince(OffsetDateTime start) {
        return java.time.Duration.between(start, runs.now()).toMillis();
    }

    private RfmScale rfmScale(List<CustomerFigures> figures) {
        double[] recency = new double[figures.size()];
        double[] orders = new double[figures.size()];
        double[] spent = new double[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            recency[i] = figures.get(i).daysSinceLastOrder();
            orders[i] = figures.get(i).orders();
            spent[i] = figures.get(i).totalSpent();
        }
        return RfmScale.of(recency, orders, spent, settings.rfmMinCustomers());
    }

    private static ModelFit rfmFit(RfmScale scale, int customers) {
        return new ModelFit(ModelStore.RFM, new LinkedHashMap<>(scale.asParameters()), null, null, Double.NaN,
                customers, scale.fixed(), true, 0, scale.fixed()
                ? "Fixed small-shop boundaries: too few customers for quintiles"
                : "Quintile boundaries of days since the last order, orders and total spent");
    }
}
