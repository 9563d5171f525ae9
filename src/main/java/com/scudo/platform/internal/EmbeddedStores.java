package com.scudo.platform.internal;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Stops a start that asks for an embedded store the build left out. The jar built with {@code -Paws} has neither
 * DynamoDB Local nor H2; without this check the first would fail deep inside bean creation with a missing
 * class, the second with a JDBC driver error that names neither the setting nor the fix.
 */
final class EmbeddedStores implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    static final String DYNAMODB_LOCAL = "com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded";
    static final String H2_DRIVER = "org.h2.Driver";

    private final Predicate<String> present;

    EmbeddedStores() {
        this(name -> ClassUtils.isPresent(name, EmbeddedStores.class.getClassLoader()));
    }

    EmbeddedStores(Predicate<String> present) {
        this.present = present;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    void check(Environment environment) {
        String mode = environment.getProperty("scudo.dynamodb.mode", "embedded").trim();
        if (!mode.toUpperCase(Locale.ROOT).replace('-', '_').equals("AWS") && !present.test(DYNAMODB_LOCAL)) {
            throw new EmbeddedStoreMissingException(
                    "scudo.dynamodb.mode is '" + mode + "', which runs DynamoDB Local inside this process, but this build "
                            + "leaves DynamoDB Local out (it was built with -Paws).",
                    "Set SCUDO_DYNAMODB_MODE=aws with SCUDO_DYNAMODB_REGION (and SCUDO_DYNAMODB_ENDPOINT for a DynamoDB "
                            + "Local of its own), or use the default build (./mvnw package), which carries DynamoDB Local.");
        }
        String url = environment.getProperty("spring.datasource.url", "").trim();
        if (url.startsWith("jdbc:h2:") && !present.test(H2_DRIVER)) {
            throw new EmbeddedStoreMissingException(
                    "spring.datasource.url names an embedded H2 database (" + url + "), but this build leaves H2 out "
                            + "(it was built with -Paws).",
                    "Set SPRING_DATASOURCE_URL to a PostgreSQL database (with SPRING_DATASOURCE_USERNAME and "
                            + "SPRING_DATASOURCE_PASSWORD), or use the default build (./mvnw package), which carries H2.");
        }
    }
}
