package com.scudo.analytics;

/** A workspace runs one analytics run at a time. */
public class RunAlreadyActiveException extends RuntimeException {
    private final String runId;

    public RunAlreadyActiveException(String workspace, String runId) {
        super("An analytics run is already in progress for workspace " + workspace + " (run " + runId + ")");
        this.runId = runId;
    }

    public String runId() {
        return runId;
    }
}
