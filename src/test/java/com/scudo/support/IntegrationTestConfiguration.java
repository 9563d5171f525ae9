package com.scudo.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Imported by every integration test, so all of them share one application context per database. */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfiguration {

    /** Credentials for the tests' HTTP calls and browsers, made through the real account services. */
    @Bean
    TestAccounts testAccounts(com.scudo.workspace.Workspaces workspaces, com.scudo.security.ApiKeys keys,
                              com.scudo.security.UserAccounts users) {
        return new TestAccounts(workspaces, keys, users);
    }

    @Bean
    static FailingRecommendations failingRecommendations() {
        return new FailingRecommendations();
    }

    @Bean
    static FailingAnalyticalStore failingAnalyticalStore() {
        return new FailingAnalyticalStore();
    }
}
