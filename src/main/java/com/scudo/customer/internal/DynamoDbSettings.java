package com.scudo.customer.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the operational store lives. {@code embedded} runs DynamoDB Local inside this process and
 * keeps its data in {@code dataDir}; {@code in-memory} does the same without a disk (tests,
 * benchmarks); {@code aws} talks to DynamoDB at {@code endpoint} (empty: the region's default) with
 * credentials from the default AWS provider chain.
 */
@ConfigurationProperties("scudo.dynamodb")
record DynamoDbSettings(Mode mode, String dataDir, String endpoint, String region, String tablePrefix) {

    enum Mode { EMBEDDED, IN_MEMORY, AWS }

    DynamoDbSettings {
        mode = mode == null ? Mode.EMBEDDED : mode;
        dataDir = dataDir == null || dataDir.isBlank() ? "./data/dynamodb" : dataDir;
        region = region == null || region.isBlank() ? "us-east-1" : region;
        tablePrefix = tablePrefix == null ? "" : tablePrefix;
    }

    String table(String name) {
        return tablePrefix + name;
    }
}
