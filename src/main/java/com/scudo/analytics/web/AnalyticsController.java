package com.scudo.analytics.web;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.ModelReport;
import com.scudo.analytics.RunAlreadyActiveException;
import com.scudo.analytics.RunStatus;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Analytics runs (start, progress) and the fitted models behind the scores. */
@RestController
@RequestMapping("/api/v1/analytics")
class AnalyticsController {
    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(1970, 1, 1);
    private final AnalyticsRuns analytics;
    private final Clock clock;

    AnalyticsController(AnalyticsRuns analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    /** Starts a run as of {@code asOf} (today by default); {@code wait=true} answers when it is finished. */
    @PostMapping("/runs")
    ResponseEntity<RunStatus> start(WorkspaceId workspace, @RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = "false") boolean wait) {
        LocalDate date = asOfDate(asOf);
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

    @GetMapping("/models")
    List<ModelReport> models(WorkspaceId workspace) {
        return analytics.models(workspace);
    }

    @ExceptionHandler(RunAlreadyActiveException.class)
    ProblemDetail alreadyRunning(RunAlreadyActiveException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Analytics run in progress");
        problem.setProperty("runId", e.runId());
        return problem;
    }

    private LocalDate asOfDate(String text) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.isAfter(today)) {
                throw new InvalidInputException("asOf", "must not be in the future (today is " + today + ")");
            }
            if (date.isBefore(EARLIEST_AS_OF)) {
                // PostgreSQL's dates end at 4713 BC, and no shop's history starts before this
                throw new InvalidInputException("asOf", "must be on or after " + EARLIEST_AS_OF);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "not a date like 2026-01-31");
        }
    }
}
