package com.scudo.imports.internal;

import com.scudo.shared.CustomerAliases;
import com.scudo.imports.ImportRequest;
import com.scudo.ingest.IngestService;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Opens the reader for a request's format, and takes a file's fingerprint and size in rows. */
public final class Readers {
    private Readers() {
    }

    /** The file's records, a merged-away customer's going to the customer it was merged into ({@link SurvivingReader}). */
    public static RecordReader open(ImportRequest request, IngestService ingest, CustomerAliases aliases) throws IOException {
        return new SurvivingReader(open(request, ingest), request.workspace(), aliases);
    }

    private static RecordReader open(ImportRequest request, IngestService ingest) throws IOException {
        return switch (request.format()) {
            case SHOPIFY -> new ShopifyReader(request.file(), request.workspace(), request.timeZone(), ingest, request.options());
            case CDNOW -> {
                if (!request.options().isEmpty()) {
                    throw new com.scudo.shared.InvalidInputException("columns", "a cdnow file has fixed columns and dates: "
                            + "no column mapping or date pattern applies");
                }
                yield new CdnowReader(request.file(), request.workspace(), request.timeZone());
            }
            default -> new ScudoCsvReader(request.format(), request.file(), request.workspace(), request.timeZone(), ingest,
                    request.options());
        };
    }

    /** SHA-256 of the content and the number of lines after the first: one streaming pass. */
    public record FileSummary(String fingerprint, long dataLines) {
    }

    public static FileSummary summarise(java.nio.file.Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file)), digest)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        if (last != '\n') {
            lines++;
        }
        return new FileSummary(HexFormat.of().formatHex(digest.digest()), Math.max(0, lines - 1));
    }
}
