package com.scudo.demo;

import com.scudo.support.H2IntegrationTest;
import com.scudo.support.PinnedClock;
import org.springframework.context.annotation.Import;

import java.time.Instant;

/** "Today" pinned to the second day of a year that was a leap year: last year's and this month's edges are close. */
@H2IntegrationTest
@Import(PinnedClock.class)
class PersonasInJanuaryH2IntegrationTests extends PersonaScenarios {
    private static final String NOW = "2025-01-02T09:30:00Z";

    @Override
    Instant pinnedAt() {
        return Instant.parse(NOW);
    }
}
