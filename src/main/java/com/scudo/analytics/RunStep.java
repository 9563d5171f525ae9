package com.scudo.analytics;

/**
 * An event that closes one step of a full analytics run after the metrics were written (segment assignment,
 * recommendations): the run's status records it as the step reached. {@code runId} is null outside a full run
 * (a single customer's refresh).
 */
public interface RunStep {

    String runId();

    /** What was done, in a few words, e.g. "segments assigned". */
    String step();
}
