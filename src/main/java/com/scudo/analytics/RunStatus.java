package com.scudo.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Where an analytics run is: {@code state} is running, done or failed; {@code done} of {@code customers} scored. */
public record RunStatus(String runId, String workspace, LocalDate asOf, String state, String step, Integer customers,
                        Integer done, String message, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public boolean finished() {
        return !"running".equals(state);
    }
}
