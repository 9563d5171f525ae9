package com.scudo.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code loadOnStart}: fill an empty default workspace with the demo shop when the server starts. */
@ConfigurationProperties("scudo.demo")
record DemoSettings(Boolean loadOnStart, Integer customers, Long seed) {
    DemoSettings {
        loadOnStart = loadOnStart != null && loadOnStart;
        customers = customers == null ? 90 : customers;
        seed = seed == null ? 42L : seed;
    }
}
