package com.scudo.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the datasource at this JVM's throwaway PostgreSQL database. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + PostgresTestDatabase.url(),
                "spring.datasource.username=postgres", "spring.datasource.password=").applyTo(context);
    }
}
