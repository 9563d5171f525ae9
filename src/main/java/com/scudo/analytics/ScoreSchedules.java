package com.scudo.analytics;

import com.scudo.shared.WorkspaceId;

import java.util.List;

/** The schedule that keeps scores current with the calendar: a daily re-score with the last fit, a weekly re-fit. */
public interface ScoreSchedules {

    ScoreSchedule schedule(WorkspaceId workspace);

    /**
     * Sets the workspace's re-score cron (Spring form, six fields: second minute hour day month weekday) read in
     * {@code zone} (an IANA zone; blank means UTC); a blank cron goes back to the installation's default. Bad input
     * is a {@link com.scudo.shared.InvalidInputException}.
     */
    ScoreSchedule setSchedule(WorkspaceId workspace, String cron, String zone);

    /** Starts the runs that are due now (the scheduler calls this every minute and once at start); returns them. */
    List<RunStatus> runDue();
}
