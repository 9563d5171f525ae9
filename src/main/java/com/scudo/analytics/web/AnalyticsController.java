package com.scudo.analytics.web;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.ModelCheckReport;
import com.scudo.analytics.ModelReport;
import com.scudo.analytics.RunAlreadyActiveException;
import com.scudo.analytics.RunStatus;
import com.scudo.analytics.ScoreSchedule;
import com.scudo.analytics.ScoreSchedules;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Analytics runs (start, progress) and the fitted models behind the scores. */
@RestController
@RequestMapping("/api/v1/analytics")
class AnalyticsController {
    private final AnalyticsRuns analytics;
    private final ScoreSchedules schedules;

    AnalyticsController(AnalyticsRuns analytics, ScoreSchedules schedules) {
        this.analytics = analytics;
        this.schedules = schedules;
    }

    /** Starts a run as of {@code asOf} (by default today in the shop's time zone); {@code wait=true} answers when it is finished. */
    @PostMapping("/runs")
    ResponseEntity<RunStatus> start(WorkspaceId workspace, @RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = "false") boolean wait) {
        LocalDate date = analytics.asOf(workspace, parse(asOf));
        if (wait) {
            return ResponseEntity.ok(analytics.runNow(workspace, date));
        }
        RunStatus status = analytics.start(workspace, date);
        return ResponseEntity.accepted().location(URI.create("/api/v1/analytics/runs/" + status.runId())).body(status);
    }

    @GetMapping("/runs")
    List<RunStatus> recent(WorkspaceId workspace, @RequestParam(defaultValue = "20") int limit) {
        return analytics.recentRuns(workspace, limit);
    }

    @GetMapping("/runs/{runId}")
    RunStatus status(WorkspaceId workspace, @PathVariable String runId) {
        return analytics.status(workspace, runId)
                .orElseThrow(() -> new NotFoundException("No analytics run " + runId + " in this workspace"));
    }

    /** When the scores were computed, and when and how they will be next (re-score with the last fit, or re-fit). */
    @GetMapping("/schedule")
    ScoreSchedule schedule(WorkspaceId workspace) {
        return schedules.schedule(workspace);
    }

    /** The workspace's own re-score cron and zone ({@code {"cron": "0 0 3 * * *", "zone": "Europe/Paris"}}); blank cron = default. */
    @PutMapping("/schedule")
    ScoreSchedule setSchedule(WorkspaceId workspace, @RequestBody ScheduleRequest request) {
        return schedules.setSchedule(workspace, request.cron(), request.zone());
    }

    record ScheduleRequest(String cron, String zone) {
    }

    @GetMapping("/models")
    List<ModelReport> models(WorkspaceId workspace) {
        return analytics.models(workspace);
    }

    /** The chosen purchase model, why, how it predicted the shop's own last weeks, and its parameters. */
    @GetMapping("/model-report")
    ModelCheckReport modelReport(WorkspaceId workspace) {
        return analytics.modelReport(workspace)
                .orElseThrow(() -> new NotFoundException("No analytics run has chosen a model in this workspace yet"));
    }

    @ExceptionHandler(RunAlreadyActiveException.class)
    ProblemDetail alreadyRunning(RunAlreadyActiveException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Analytics run in progress");
        problem.setProperty("runId", e.runId());
        return problem;
    }

    private static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "not a date like 2026-01-31");
        }
    }
}
