package com.scudo.demo;

import com.scudo.support.H2IntegrationTest;
import com.scudo.support.PinnedClock;
import org.springframework.context.annotation.Import;

import java.time.Instant;

/** "Today" pinned years ahead, late on a November evening: the holiday season, a different weekday and month length. */
@H2IntegrationTest
@Import(PinnedClock.class)
class PersonasInNovemberH2IntegrationTests extends PersonaScenarios {
    private static final String NOW = "2031-11-28T22:45:00Z";

    @Override
    Instant pinnedAt() {
        return Instant.parse(NOW);
    }
}
