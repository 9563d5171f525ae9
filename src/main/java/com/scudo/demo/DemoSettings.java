package com.scudo.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code loadOnStart}: fill an empty default workspace with the demo shop when the server starts;
 * {@code historyMonths}: how many past month ends a demo load is analysed as of (0-36), for trends and migration.
 */
@ConfigurationProperties("scudo.demo")
record DemoSettings(Boolean loadOnStart, Integer customers, Long seed, Integer historyMonths) {
    DemoSettings {
        loadOnStart = loadOnStart != null && loadOnStart;
        customers = customers == null ? 90 : customers;
        seed = seed == null ? 42L : seed;
        historyMonths = historyMonths == null ? 12 : historyMonths;
        if (historyMonths < 0 || historyMonths > 36) {
            throw new IllegalArgumentException("scudo.demo.history-months must be between 0 and 36, was " + historyMonths);
        }
    }
}
