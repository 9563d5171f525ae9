package com.scudo.analytics.internal;

import com.scudo.analytics.RunAlreadyActiveException;
import com.scudo.analytics.RunStatus;
import com.scudo.analytics.ScoreSchedule;
import com.scudo.analytics.ScoreSchedules;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps scores current with the calendar. Every minute (and once shortly after start, which covers a server that
 * was down when a run was due) each analysed workspace's next run is the first time of its cron after its last
 * run started; when that has passed, a re-score with the last fit starts, or a full run (re-fit) when the last fit
 * is older than {@code refit-after} or the customers with orders grew by {@code refit-growth} since it.
 */
@Component
@EnableConfigurationProperties(ScheduleSettings.class)
class ScoreScheduler implements ScoreSchedules {
    private static final Logger log = LoggerFactory.getLogger(ScoreScheduler.class);

    private final AnalyticsService analytics;
    private final RunLog runs;
    private final ModelStore models;
    private final HistoryReader histories;
    private final ScheduleStore store;
    private final ScheduleSettings settings;

    ScoreScheduler(AnalyticsService analytics, RunLog runs, ModelStore models, HistoryReader histories,
                   ScheduleStore store, ScheduleSettings settings) {
        this.analytics = analytics;
        this.runs = runs;
        this.models = models;
        this.histories = histories;
        this.store = store;
        this.settings = settings;
        cron(settings.rescoreCron(), settings.zone()); // a bad default fails the start, not the first night
    }

    /** The cron and zone in force for a workspace, and whether they are its own. */
    private record Timetable(String cron, String zone, boolean own) {
        OffsetDateTime nextAfter(OffsetDateTime time) {
            var next = CronExpression.parse(cron).next(time.atZoneSameInstant(ZoneId.of(zone)));
            return next == null ? null : next.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
    }

    @Scheduled(initialDelayString = "${scudo.analytics.schedule.first-check:PT30S}",
            fixedDelayString = "${scudo.analytics.schedule.check-every:PT1M}")
    void tick() {
        if (settings.enabled()) {
            runDue();
        }
    }

    @Override
    public List<RunStatus> runDue() {
        OffsetDateTime now = runs.now();
        List<RunStatus> started = new ArrayList<>();
        for (String workspace : runs.analysedWorkspaces()) {
            Optional<RunLog.Past> last = runs.latest(workspace);
            if (last.isEmpty() || "running".equals(last.get().state())) {
                continue;
            }
            OffsetDateTime due = timetable(workspace).nextAfter(last.get().startedAt());
            if (due == null || now.isBefore(due)) {
                continue;
            }
            LocalDate asOf = now.atZoneSameInstant(ZoneId.of(timetable(workspace).zone())).toLocalDate();
            try {
                WorkspaceId id = WorkspaceId.of(workspace);
                if (needsRefit(workspace, now, asOf)) {
                    log.info("Scheduled re-fit of {} as of {} (due {})", workspace, asOf, due);
                    started.add(analytics.start(id, asOf));
                } else {
                    log.info("Scheduled re-score of {} as of {} with the last fit (due {})", workspace, asOf, due);
                    analytics.startRescore(id, asOf).ifPresent(started::add);
                }
            } catch (RunAlreadyActiveException | ConflictException e) {
                log.info("Scheduled run of {} waits: {}", workspace, e.getMessage());
            }
        }
        return started;
    }

    private boolean needsRefit(String workspace, OffsetDateTime now, LocalDate asOf) {
        Optional<ModelStore.StoredFit> fit = models.latest(workspace, ModelStore.RFM);
        if (fit.isEmpty() || tooOld(fit.get(), now)) {
            return true;
        }
        int customers = histories.countCustomersWithOrders(workspace, asOf);
        return customers >= Math.ceil(fit.get().fit().customers() * (1 + settings.refitGrowth())) && customers > 0;
    }

    private boolean tooOld(ModelStore.StoredFit fit, OffsetDateTime at) {
        return !fit.fittedAt().plus(settings.refitAfter()).isAfter(at);
    }

    @Override
    public ScoreSchedule schedule(WorkspaceId workspace) {
        Timetable timetable = timetable(workspace.value());
        Optional<RunLog.Past> scored = runs.latestScored(workspace.value());
        Optional<RunLog.Past> last = runs.latest(workspace.value());
        Optional<ModelStore.StoredFit> fit = models.latest(workspace.value(), ModelStore.RFM);
        OffsetDateTime due = last.map(l -> timetable.nextAfter(l.startedAt())).orElse(null);
        String nextKind = due == null ? null : fit.isEmpty() || tooOld(fit.get(), due) ? RunLog.FULL : RunLog.RESCORE;
        return new ScoreSchedule(timetable.cron(), timetable.zone(), timetable.own(),
                scored.map(RunLog.Past::finishedAt).orElse(null), scored.map(RunLog.Past::asOf).orElse(null),
                scored.map(RunLog.Past::kind).orElse(null), fit.map(ModelStore.StoredFit::fittedAt).orElse(null),
                due, nextKind);
    }

    @Override
    public ScoreSchedule setSchedule(WorkspaceId workspace, String cron, String zone) {
        if (cron == null || cron.isBlank()) {
            store.remove(workspace.value());
        } else {
            String zoneId = zone == null || zone.isBlank() ? "UTC" : zone.trim();
            cron(cron.trim(), zoneId);
            store.put(workspace.value(), cron.trim(), zoneId, runs.now());
        }
        return schedule(workspace);
    }

    private Timetable timetable(String workspace) {
        return store.find(workspace).map(own -> new Timetable(own.cron(), own.zone(), true))
                .orElseGet(() -> new Timetable(settings.rescoreCron(), settings.zone(), false));
    }

    private static void cron(String cron, String zone) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new InvalidInputException("cron", "'" + cron + "' is not a cron expression of six fields "
                    + "(second minute hour day month weekday), e.g. '0 0 3 * * *' for 03:00 every day");
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "'" + zone + "' is not a time zone, e.g. 'UTC' or 'Europe/Paris'");
        }
    }
}
