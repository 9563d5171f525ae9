package com.scudo.analytics;

/**
 * Thrown by a step that follows a full analytics run (segment assignment, recommendations) when it fails, so the
 * run is marked failed with the step's name; the metrics the run wrote stay.
 */
public class RunStepFailedException extends RuntimeException {
    private final String step;

    public RunStepFailedException(String step, RuntimeException cause) {
        super(step + " failed: " + cause.getMessage(), cause);
        this.step = step;
    }

    public String step() {
        return step;
    }
}
