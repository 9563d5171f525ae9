package com.scudo.analytics.internal;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
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
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

@Service
@EnableConfigurationProperties(AnalyticsSettings.class)
class AnalyticsService implements AnalyticsRuns {
    private static final Logger log = LoggerFactory.getLogger(AnalyticsService.class);
    private static final Map<String, String> DRIVES = Map.of(
            "BG/NBD", "Reference model of repeat purchases (reported for comparison; not used for scores)",
            "MBG/NBD", "Churn probability and its range, P(alive), expected orders, next-order date, CLV order count",
            "Gamma-Gamma", "Expected spend per order (CLV)",
            ModelStore.RFM, "RFM score boundaries");

    private final FullRun fullRun;
    private final Rescore rescore;
    private final HistoryReader histories;
    private final MetricsWriter writer;
    private final ModelStore modelStore;
    private final RunLog runs;
    private final AnalyticsSettings settings;
    private final ApplicationEventPublisher events;
    private final Map<String, String> activeRuns = new ConcurrentHashMap<>();
    private final Map<String, Optional<Fitted>> lastFits = new ConcurrentHashMap<>();
    private final ExecutorService background;

    AnalyticsService(FullRun fullRun, Rescore rescore, HistoryReader histories, MetricsWriter writer, ModelStore modelStore, RunLog runs,
                     AnalyticsSettings settings, ApplicationEventPublisher events, ThreadPools pools) {
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
            activeRuns.remove(workspace.value(), runId);
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
        try {
            runs.started(runId, workspace.value(), asOf, runs.now(), kind);
        } catch (RuntimeException e) {
            activeRuns.remove(workspace.value(), runId); // never recorded: nothing is running
            throw e;
        }
        return runId;
    }

    private void execute(WorkspaceId workspace, LocalDate asOf, String runId) {
        long start = System.nanoTime();
        try {
            FullRun.Result result = fullRun.run(runId, workspace.value(), asOf);
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
            activeRuns.remove(workspace.value(), runId);
        }
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
        Optional<Fitted> fitted = lastFits.computeIfAbsent(workspace.value(), this::loadFits);
        if (fitted.isEmpty() || customers.isEmpty()) {
            return 0;
        }
        LocalDate asOf = runs.now().toLocalDate();
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
        Optional<ModelStore.StoredFit> churn = modelStore.latest(workspace, "MBG/NBD");
        Optional<ModelStore.StoredFit> spend = modelStore.latest(workspace, "Gamma-Gamma");
        Optional<ModelStore.StoredFit> rfm = modelStore.latest(workspace, ModelStore.RFM);
        if (churn.isEmpty() || spend.isEmpty() || rfm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fitted(PurchaseModels.fromFits(churn.get().fit(), spend.get().fit()),
                RfmScale.fromParameters(rfm.get().fit().parameters())));
    }

    @Override
    public List<ModelReport> models(WorkspaceId workspace) {
        return modelStore.latest(workspace.value()).stream().map(stored -> {
            ModelFit fit = stored.fit();
            return new ModelReport(fit.model(), DRIVES.getOrDefault(fit.model(), ""), fit.parameters(),
                    fit.standardErrors(), Double.isFinite(fit.logLikelihood()) ? fit.logLikelihood() : null,
                    fit.customers(), fit.usedPrior(), fit.converged(), fit.iterations(), fit.note(), stored.fittedAt(),
                    stored.asOf());
        }).toList();
    }
}
