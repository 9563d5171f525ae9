package com.scudo.customer.internal;

import com.scudo.customer.OperationalStoreScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.io.File;
import java.net.URI;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DynamoDbSettings.class)
class DynamoDbConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DynamoDbConfiguration.class);

    /**
     * Holds the in-process DynamoDB Local, when one runs, so that it is shut down with the app. Names none of
     * DynamoDB Local's types, so that the build without it can still load this configuration.
     */
    static final class LocalDynamoDb implements AutoCloseable {
        private final InProcessDynamoDb local;

        LocalDynamoDb(InProcessDynamoDb local) {
            this.local = local;
        }

        DynamoDbClient client() {
            return local.client();
        }

        /** DynamoDB Local's own entry, without the v2 client's request conversion; null against AWS. */
        InProcessDynamoDb inProcess() {
            return local;
        }

        @Override
        public void close() {
            if (local != null) {
                local.shutdown();
            }
        }
    }

    @Bean(destroyMethod = "close")
    LocalDynamoDb localDynamoDb(DynamoDbSettings settings) {
        return switch (settings.mode()) {
            case AWS -> new LocalDynamoDb(null);
            case IN_MEMORY -> {
                log.info("Operational store: DynamoDB Local in memory, inside this process");
                yield new LocalDynamoDb(InProcessDynamoDb.inMemory());
            }
            case EMBEDDED -> {
                File dir = new File(settings.dataDir()).getAbsoluteFile();
                if (!dir.isDirectory() && !dir.mkdirs()) {
                    throw new IllegalStateException("Cannot create the DynamoDB data folder " + dir);
                }
                File database = new File(dir, "operational.db");
                log.info("Operational store: DynamoDB Local on disk at {}, inside this process", database);
                yield new LocalDynamoDb(InProcessDynamoDb.onDisk(database));
            }
        };
    }

    @Bean(destroyMethod = "close")
    DynamoDbClient dynamoDbClient(DynamoDbSettings settings, LocalDynamoDb local) {
        if (settings.mode() != DynamoDbSettings.Mode.AWS) {
            return local.client();
        }
        DynamoDbClientBuilder builder = DynamoDbClient.builder().region(Region.of(settings.region()));
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        log.info("Operational store: DynamoDB in {} {}", settings.region(),
                settings.endpoint() == null ? "" : settings.endpoint());
        return builder.build();
    }

    @Bean
    OperationalStoreScope operationalStoreScope(DynamoDbSettings settings) {
        boolean inProcess = settings.mode() != DynamoDbSettings.Mode.AWS;
        return () -> inProcess;
    }

    @Bean
    DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }
}
