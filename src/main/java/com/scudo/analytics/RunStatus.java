package com.scudo.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where an analytics run is: {@code state} is running, done or failed; {@code done} of {@code customers} scored.
 * {@code notes} says what a merchant should know about the run's figures (an as-of date moved to the data's last
 * order, scores that moved because the models were refitted); null when there is nothing to say.
 */
public record RunStatus(String runId, String workspace, LocalDate asOf, String state, String step, Integer customers,
                        Integer done, String message, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                        String notes) {

    public boolean finished() {
        return !"running".equals(state);
    }
}
