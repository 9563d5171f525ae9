package com.scudo.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Imported by every integration test, so all of them share one application context per database. */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfiguration {

    @Bean
    static FailingAnalyticalStore failingAnalyticalStore() {
        return new FailingAnalyticalStore();
    }
}
