package com.scudo.imports.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chunkSize}: records per committed chunk (the checkpoint step); {@code writers}: parallel
 * DynamoDB writers; {@code uploadDir}: where uploaded files are kept while and after they import;
 * {@code maxRejectedShare}: an import that rejects more than this share of its rows (or every row) fails,
 * as it most likely names the wrong format or file.
 */
@ConfigurationProperties("scudo.imports")
public record ImportSettings(Integer chunkSize, Integer writers, String uploadDir, Double maxRejectedShare) {
    public ImportSettings {
        maxRejectedShare = maxRejectedShare == null || maxRejectedShare < 0 || maxRejectedShare > 1 ? 0.9 : maxRejectedShare;
        chunkSize = chunkSize == null || chunkSize < 1 ? 2_000 : chunkSize;
        writers = writers == null || writers < 1 ? 4 : writers;
        uploadDir = uploadDir == null || uploadDir.isBlank() ? "./data/imports" : uploadDir;
    }
}
