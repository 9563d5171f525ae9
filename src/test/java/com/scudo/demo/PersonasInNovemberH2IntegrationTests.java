package com.scudo.demo;

import com.scudo.support.H2IntegrationTest;
import com.scudo.support.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/** "Today" pinned years ahead, late on a November evening: the holiday season, a different weekday and month length. */
@H2IntegrationTest
@Import(PersonasInNovemberH2IntegrationTests.PinnedClock.class)
class PersonasInNovemberH2IntegrationTests extends PersonaScenarios {
    private static final String NOW = "2031-11-28T22:45:00Z";

    @Override
    Instant pinnedAt() {
        return Instant.parse(NOW);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class PinnedClock {
        @Bean
        @Primary
        MovableClock pinnedClock() {
            return clockAt(NOW);
        }
    }
}
