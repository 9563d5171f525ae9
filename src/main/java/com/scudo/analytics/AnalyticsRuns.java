package com.scudo.analytics;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Runs the analytics engine: full runs as of a date, and single-customer refreshes with the last fit. */
public interface AnalyticsRuns {

    /**
     * The date a run is scored as of: {@code requested}, or today where the shop is (the product's clock read in the
     * workspace's time zone) when it is null. A date after the shop's today, or before 1970, is refused with an
     * {@link com.scudo.shared.InvalidInputException} naming {@code asOf}.
     */
    LocalDate asOf(WorkspaceId workspace, LocalDate requested);

    /** Runs to the end in this thread; the status says done or failed. */
    RunStatus runNow(WorkspaceId workspace, LocalDate asOf);

    /** Starts a run in the background and returns at once; poll {@link #status}. */
    RunStatus start(WorkspaceId workspace, LocalDate asOf);

    Optional<RunStatus> status(WorkspaceId workspace, String runId);

    List<RunStatus> recentRuns(WorkspaceId workspace, int limit);

    /**
     * Re-scores one customer from their current history with the workspace's last fitted models;
     * false when the workspace has never been analysed (the next full run will score them).
     */
    boolean refresh(WorkspaceId workspace, CustomerId customer);

    /**
     * As {@link #refresh(WorkspaceId, CustomerId)} for many customers in one pass (histories read, scores written
     * and segments and recommendations brought up to date as sets); returns how many were scored.
     */
    int refresh(WorkspaceId workspace, java.util.Collection<CustomerId> customers);

    /** Which purchase model scores the workspace and why, from its latest run; empty before the first. */
    Optional<ModelCheckReport> modelReport(WorkspaceId workspace);

    /** The last fit of each model, for transparency. */
    List<ModelReport> models(WorkspaceId workspace);
}
