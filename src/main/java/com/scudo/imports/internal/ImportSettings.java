package com.scudo.imports.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chunkSize}: records per committed chunk (the checkpoint step); {@code writers}: parallel
 * DynamoDB writers; {@code uploadDir}: where uploaded files are kept while and after they import.
 */
@ConfigurationProperties("scudo.imports")
public record ImportSettings(Integer chunkSize, Integer writers, String uploadDir) {
    public ImportSettings {
        chunkSize = chunkSize == null || chunkSize < 1 ? 2_000 : chunkSize;
        writers = writers == null || writers < 1 ? 4 : writers;
        uploadDir = uploadDir == null || uploadDir.isBlank() ? "./data/imports" : uploadDir;
    }
}
