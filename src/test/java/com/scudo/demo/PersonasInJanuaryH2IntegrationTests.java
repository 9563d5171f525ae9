package com.scudo.demo;

import com.scudo.support.H2IntegrationTest;
import com.scudo.support.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/** "Today" pinned to the second day of a year that was a leap year: last year's and this month's edges are close. */
@H2IntegrationTest
@Import(PersonasInJanuaryH2IntegrationTests.PinnedClock.class)
class PersonasInJanuaryH2IntegrationTests extends PersonaScenarios {
    private static final String NOW = "2025-01-02T09:30:00Z";

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
