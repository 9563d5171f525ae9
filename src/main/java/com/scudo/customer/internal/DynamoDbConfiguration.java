package com.scudo.customer.internal;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
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

    /** Holds the in-process DynamoDB Local, when one runs, so that it is shut down with the app. */
    static final class LocalDynamoDb implements AutoCloseable {
        private final AmazonDynamoDBLocal local;

        LocalDynamoDb(AmazonDynamoDBLocal local) {
            this.local = local;
        }

        DynamoDbClient client() {
            return local.dynamoDbClient();
        }

        /** DynamoDB Local's own entry, without the v2 client's request conversion; null against AWS. */
        AmazonDynamoDB v1Client() {
            return local == null ? null : local.amazonDynamoDB();
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
                // true = telemetry off: it would try to reach AWS at every start.
                yield new LocalDynamoDb(DynamoDBEmbedded.create(true));
            }
            case EMBEDDED -> {
                File dir = new File(settings.dataDir()).getAbsoluteFile();
                if (!dir.isDirectory() && !dir.mkdirs()) {
                    throw new IllegalStateException("Cannot create the DynamoDB data folder " + dir);
                }
                // DynamoDB Local takes the SQLite database file here, not a folder: given a folder it
                // retries opening it forever.
                File database = new File(dir, "operational.db");
                log.info("Operational store: DynamoDB Local on disk at {}, inside this process", database);
                yield new LocalDynamoDb(DynamoDBEmbedded.create(database, true));
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
    DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }
}
