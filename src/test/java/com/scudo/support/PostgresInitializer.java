package com.scudo.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the datasource at a throwaway PostgreSQL database of this application context's own. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + PostgresTestDatabase.newDatabase(context),
                "spring.datasource.username=postgres", "spring.datasource.password=").applyTo(context);
    }
}
