package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
import com.scudo.analytics.ModelCheckReport;
import com.scudo.analytics.ModelReport;
import com.scudo.analytics.RunAlreadyActiveException;
import com.scudo.analytics.RunStepFailedException;
import com.scudo.analytics.RunStatus;
import com.scudo.analytics.model.FittedModels;
import com.scudo.analytics.model.ModelFit;
import com.scudo.analytics.model.PurchaseModels;
import com.scudo.platform.ThreadPools;
import com.scudo.shared.ConflictException;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

@Service
@EnableConfigurationProperties(AnalyticsSettings.class)
class AnalyticsService implements AnalyticsRuns {
    private static final Logger log = LoggerFactory.getLogger(AnalyticsService.class);
    private static final String DRIVING = "Churn probability and its range, P(alive), expected orders, next-order date,"
            + " CLV order count (chosen by the shop's own holdout check)";
    private static final String CANDIDATE = "Purchase model checked on the shop's holdout beside the chosen one"
            + " (reported for comparison; not used for scores)";
    private static final Map<String, String> DRIVES = Map.of(
            "Gamma-Gamma", "Expected spend per order (CLV)",
            ModelStore.RFM, "RFM score boundaries");
    /** A default run (as of today) on a history whose newest order is older than this is run as of that order. */
    static final int STALE_HISTORY_DAYS = 365;
    /** PostgreSQL's dates end at 4713 BC, and no shop's history starts before this. */
    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(1970, 1, 1);

    private final FullRun fullRun;
    private final Rescore rescore;
    private final HistoryReader histories;
    private final MetricsWriter writer;
    private final ModelStore modelStore;
    private final ModelCheckReports reports;
    private final RunLog runs;
    private final AnalyticsSettings settings;
    private final com.scudo.money.Formatting formatting;
    private final ApplicationEventPublisher events;
    private final Map<String, String> activeRuns = new ConcurrentHashMap<>();
    /**
     * Customers re-scored live while a run of their workspace was under way. The run's swap writes over those scores
     * with ones computed from histories read before the new records, so they are re-scored once more after the run.
     */
    private final Map<String, Set<CustomerId>> refreshedDuringRun = new ConcurrentHashMap<>();
    private final Map<String, Optional<Fitted>> lastFits = new ConcurrentHashMap<>();
    private final ExecutorService background;
    private final Clock clock;

    AnalyticsService(FullRun fullRun, Rescore rescore, HistoryReader histories, MetricsWriter writer, ModelStore modelStore,
                     ModelCheckReports reports, RunLog runs, AnalyticsSettings settings, ApplicationEventPublisher events,
                     ThreadPools pools, com.scudo.money.Formatting formatting, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        this.formatting = formatting;
        this.fullRun = fullRun;
        this.rescore = rescore;
        this.histories = histories;
        this.writer = writer;
        this.modelStore = modelStore;
        this.runs = runs;
        this.settings = settings;
        this.events = events;
        this.background = pools.shared("analytics-run");
    }

    private record Fitted(FittedModels models, RfmScale rfm) {
    }

    @Override
    public LocalDate asOf(WorkspaceId workspace, LocalDate requested) {
        LocalDate today = shopToday(workspace);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw new InvalidInputException("asOf", "must not be in the future (today is " + today + " in the shop's time"
                    + " zone, " + formatting.of(workspace).timeZone().getId() + ")");
        }
        if (requested.isBefore(EARLIEST_AS_OF)) {
            throw new InvalidInputException("asOf", "must be on or after " + EARLIEST_AS_OF);
        }
        return requested;
    }

    /** A date has a time zone: the shop's, not the machine's or UTC. */
    private LocalDate shopToday(WorkspaceId workspace) {
        return formatting.of(workspace).today(clock);
    }

    @Override
    public RunStatus runNow(WorkspaceId workspace, LocalDate asOf) {
        String runId = claim(workspace, asOf);
        execute(workspace, asOf, runId);
        return runs.find(runId).orElseThrow();
    }

    @Override
    public RunStatus start(WorkspaceId workspace, LocalDate asOf) {
        String runId = claim(workspace, asOf);
        return submit(workspace, runId, () -> execute(workspace, asOf, runId));
    }

    /**
     * Starts a re-score of every customer with the last fit (no fit) in the background; empty when the workspace
     * has never been fitted. Segments and recommendations follow as after a full run.
     */
    Optional<RunStatus> startRescore(WorkspaceId workspace, LocalDate asOf) {
        Optional<Fitted> fitted = lastFits.computeIfAbsent(workspace.value(), this::loadFits);
        if (fitted.isEmpty()) {
            return Optional.empty();
        }
        String runId = claim(workspace, asOf, RunLog.RESCORE);
        return Optional.of(submit(workspace, runId, () -> executeRescore(workspace, asOf, runId, fitted.get())));
    }

    private void executeRescore(WorkspaceId workspace, LocalDate asOf, String runId, Fitted fitted) {
        long start = System.nanoTime();
        try {
            int customers = rescore.run(runId, workspace.value(), asOf, fitted.models(), fitted.rfm());
            runs.progress(runId, "metrics written", null, customers);
            events.publishEvent(new MetricsComputed(workspace, asOf, runId));
            runs.finished(runId, "done", customers + " customers re-scored with the last fit in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RunStepFailedException e) {
            log.error("Re-score {} for {}: the step '{}' failed", runId, workspace.value(), e.step(), e);
            runs.failed(runId, e.step(), "The metrics were written, then the step '" + e.step() + "' failed: "
                    + e.getCause().getMessage());
        } catch (RuntimeException e) {
            log.error("Re-score {} for {} failed", runId, workspace.value(), e);
            runs.failed(runId, null, "The re-score stopped: " + e.getMessage());
        } finally {
            rescoreWhatChangedDuring(workspace, runId);
        }
    }

    private RunStatus submit(WorkspaceId workspace, String runId, Runnable work) {
        try {
            background.submit(work);
        } catch (RejectedExecutionException e) {
            // The queue of runs (scudo.threads.analytics-run) is full: this run never starts, so it must not stay "running".
            runs.failed(runId, null, "Not started: too many analytics runs are waiting; try again shortly");
            activeRuns.remove(workspace.value(), runId);
            throw new ConflictException("Too many analytics runs are waiting; try again shortly");
        }
        return runs.find(runId).orElseThrow();
    }

    private String claim(WorkspaceId workspace, LocalDate asOf) {
        return claim(workspace, asOf, RunLog.FULL);
    }

    private String claim(WorkspaceId workspace, LocalDate asOf, String kind) {
        String runId = UUID.randomUUID().toString();
        String active = activeRuns.putIfAbsent(workspace.value(), runId);
        if (active != null) {
            throw new RunAlreadyActiveException(workspace.value(), active);
        }
        refreshedDuringRun.remove(workspace.value()); // left by refreshes that ended after the last run's catch-up
        try {
            runs.started(runId, workspace.value(), asOf, runs.now(), kind);
        } catch (RuntimeException e) {
            activeRuns.remove(workspace.value(), runId); // never recorded: nothing is running
            throw e;
        }
        return runId;
    }

    private void execute(WorkspaceId workspace, LocalDate requested, String runId) {
        long start = System.nanoTime();
        try {
            List<String> notes = new java.util.ArrayList<>();
            LocalDate asOf = asOfFittingTheData(workspace.value(), requested, notes);
            if (!asOf.equals(requested)) {
                runs.asOf(runId, asOf);
            }
            FullRun.Result result = fullRun.run(runId, workspace.value(), asOf);
            notes.addAll(result.notes());
            runs.notes(runId, notes);
            lastFits.put(workspace.value(), Optional.of(new Fitted(result.models(), result.rfm())));
            runs.progress(runId, "metrics written", null, result.customers());
            events.publishEvent(new MetricsComputed(workspace, asOf, runId)); // the later steps chain from here
            runs.finished(runId, "done", result.customers() + " customers scored in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            log.info("Analytics run {} for {} as of {}: {} customers in {} ms", runId, workspace.value(), asOf,
                    result.customers(), (System.nanoTime() - start) / 1_000_000);
        } catch (RunStepFailedException e) {
            log.error("Analytics run {} for {}: the step '{}' failed", runId, workspace.value(), e.step(), e);
            runs.failed(runId, e.step(), "The metrics were written, then the step '" + e.step() + "' failed: "
                    + e.getCause().getMessage());
        } catch (RuntimeException e) {
            log.error("Analytics run {} for {} failed", runId, workspace.value(), e);
            runs.failed(runId, null, "The run stopped: " + e.getMessage());
        } finally {
            rescoreWhatChangedDuring(workspace, runId);
        }
    }

    /**
     * A run as of today on a history that ended long ago would call every customer gone; such a run is made as of
     * the newest order instead, and the run says so. A past as-of date that was asked for stays.
     */
    private LocalDate asOfFittingTheData(String workspace, LocalDate requested, List<String> notes) {
        if (!requested.equals(shopToday(WorkspaceId.of(workspace)))) {
            return requested;
        }
        LocalDate last = histories.lastOrderDay(workspace, requested);
        if (last == null || !last.isBefore(requested.minusDays(STALE_HISTORY_DAYS))) {
            return requested;
        }
        notes.add("The newest order is from " + last + ", " + String.format(java.util.Locale.US, "%,d",
                java.time.temporal.ChronoUnit.DAYS.between(last, requested)) + " days before today, so the scores are as of "
                + last + ": as of today every customer would look gone. Run the analysis as of a later date to score"
                + " them as of then.");
        return last;
    }

    @Override
    public Optional<RunStatus> status(WorkspaceId workspace, String runId) {
        return runs.find(runId).filter(s -> s.workspace().equals(workspace.value()));
    }

    @Override
    public List<RunStatus> recentRuns(WorkspaceId workspace, int limit) {
        return runs.recent(workspace.value(), Math.max(1, Math.min(limit, 100)));
    }

    @Override
    public boolean refresh(WorkspaceId workspace, CustomerId customer) {
        return refresh(workspace, List.of(customer)) > 0;
    }

    @Override
    public int refresh(WorkspaceId workspace, java.util.Collection<CustomerId> customers) {
        if (activeRuns.containsKey(workspace.value())) {
            refreshedDuringRun.computeIfAbsent(workspace.value(), w -> ConcurrentHashMap.newKeySet()).addAll(customers);
        }
        return rescoreLive(workspace, customers);
    }

    /**
     * Ends a run: re-scores the customers refreshed while it ran, after its swap and the segment and recommendation
     * steps that follow it, so the newest records win. One round is enough: a refresh that registers after the
     * round began writes after everything the run wrote.
     */
    private void rescoreWhatChangedDuring(WorkspaceId workspace, String runId) {
        try {
            Set<CustomerId> changed = refreshedDuringRun.remove(workspace.value());
            if (changed != null && !changed.isEmpty()) {
                int rescored = rescoreLive(workspace, changed);
                log.info("Run {} for {}: {} customers with records that arrived during the run re-scored after it", runId,
                        workspace.value(), rescored);
            }
        } catch (RuntimeException e) {
            log.warn("Run {} for {}: could not re-score the customers whose records arrived during it; the next run will",
                    runId, workspace.value(), e);
        } finally {
            activeRuns.remove(workspace.value(), runId);
        }
    }

    private int rescoreLive(WorkspaceId workspace, java.util.Collection<CustomerId> customers) {
        Optional<Fitted> fitted = lastFits.computeIfAbsent(workspace.value(), this::loadFits);
        if (fitted.isEmpty() || customers.isEmpty()) {
            return 0;
        }
        LocalDate asOf = shopToday(workspace);
        List<CustomerHistory> found = histories.customers(workspace.value(),
                customers.stream().map(CustomerId::value).distinct().toList(), asOf);
        if (found.isEmpty()) {
            return 0;
        }
        Scorer scorer = new Scorer(asOf, fitted.get().rfm(), fitted.get().models(), settings);
        List<CustomerFigures> figures = found.stream().map(h -> CustomerFigures.of(h, asOf)).toList();
        var now = runs.now();
        writer.writeBehaviour(workspace.value(), asOf, figures, found.stream().map(Behaviour::of).toList(), now);
        writer.writeScores(workspace.value(), asOf, figures.stream().map(scorer::score).toList(), now, false);
        events.publishEvent(new CustomerMetricsRefreshed(workspace,
                found.stream().map(h -> CustomerId.of(h.customerId())).collect(java.util.stream.Collectors.toSet()), asOf));
        return found.size();
    }

    private Optional<Fitted> loadFits(String workspace) {
        String driving = modelStore.latestChoice(workspace).map(c -> c.choice().chosen()).orElse(ModelFit.MBG_NBD);
        Optional<ModelStore.StoredFit> churn = modelStore.latest(workspace, driving);
        Optional<ModelStore.StoredFit> spend = modelStore.latest(workspace, "Gamma-Gamma");
        Optional<ModelStore.StoredFit> rfm = modelStore.latest(workspace, ModelStore.RFM);
        if (churn.isEmpty() || spend.isEmpty() || rfm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fitted(PurchaseModels.fromFits(churn.get().fit(), spend.get().fit()),
                RfmScale.fromParameters(rfm.get().fit().parameters())));
    }

    @Override
    public Optional<ModelCheckReport> modelReport(WorkspaceId workspace) {
        return reports.latest(workspace.value());
    }

    @Override
    public List<ModelReport> models(WorkspaceId workspace) {
        String driving = modelStore.latestChoice(workspace.value()).map(c -> c.choice().chosen()).orElse(ModelFit.MBG_NBD);
        return modelStore.latest(workspace.value()).stream().map(stored -> {
            ModelFit fit = stored.fit();
            String drives = fit.model().equals(driving) ? DRIVING : DRIVES.getOrDefault(fit.model(), CANDIDATE);
            return new ModelReport(fit.model(), drives, fit.parameters(),
                    fit.standardErrors(), Double.isFinite(fit.logLikelihood()) ? fit.logLikelihood() : null,
                    fit.customers(), fit.usedPrior(), fit.converged(), fit.iterations(), fit.note(), stored.fittedAt(),
                    stored.asOf());
        }).toList();
    }
}
