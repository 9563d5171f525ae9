package com.scudo.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/**
 * The application's clock replaced by a {@link MovableClock} that each test class importing this sets to its own
 * "now" before it starts: the classes that pin different dates share one application context (one start) instead
 * of one each, as a nested configuration per class would make them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PinnedClock {
    @Bean
    @Primary
    MovableClock pinnedClock() {
        return new MovableClock(Instant.now());
    }
}
