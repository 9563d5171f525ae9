package com.scudo.infra;

import software.constructs.Node;

import java.nio.file.Path;

/**
 * What a deployment may choose, from the CDK context ({@code cdk.json} or {@code -c name=value}):
 * {@code scudo:tablePrefix} (the app's SCUDO_DYNAMODB_TABLE_PREFIX) and {@code scudo:desiredCount} (tasks).
 * {@code sourceDir} is the repository root, where the Dockerfile is.
 */
public record ScudoSettings(String tablePrefix, int desiredCount, Path sourceDir) {

    public ScudoSettings {
        if (desiredCount < 1) {
            throw new IllegalArgumentException("scudo:desiredCount must be at least 1");
        }
    }

    static ScudoSettings from(Node node, Path sourceDir) {
        Object prefix = node.tryGetContext("scudo:tablePrefix");
        Object count = node.tryGetContext("scudo:desiredCount");
        return new ScudoSettings(prefix == null ? "scudo-" : prefix.toString(),
                count == null ? 1 : Integer.parseInt(count.toString()), sourceDir);
    }
}
