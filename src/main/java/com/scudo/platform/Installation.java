package com.scudo.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * This installation's data directory ({@code scudo.data-dir}, default {@code ./data}) and the identity kept in
 * it: a random id that the server shows at {@code GET /api/v1/installation} and the command line compares with
 * the file before it trusts the server (so it never talks to whatever else answers on the port), and a local
 * admin token readable only by the owner, with which the command line makes the first API key while the server
 * runs. Both files are made on the first start and kept.
 */
@Component
public class Installation {
    public static final String ID_FILE = "installation-id";
    public static final String ADMIN_TOKEN_FILE = "local-admin-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dataDir;
    private final String id;

    Installation(@Value("${scudo.data-dir:./data}") String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.id = ensureSecret(this.dataDir.resolve(ID_FILE), 16);
    }

    public String id() {
        return id;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The data directory the way the server finds it: a {@code --scudo.data-dir=} argument, SCUDO_DATA_DIR, ./data. */
    public static Path dataDir(Iterable<String> arguments) {
        String chosen = null;
        for (String argument : arguments) {
            if (argument.startsWith("--scudo.data-dir=")) {
                chosen = argument.substring("--scudo.data-dir=".length());
            }
        }
        if (chosen == null) {
            chosen = System.getenv("SCUDO_DATA_DIR");
        }
        return Path.of(chosen == null || chosen.isBlank() ? "./data" : chosen).toAbsolutePath().normalize();
    }

    /** What a file of this directory holds (trimmed), if it exists and can be read. */
    public static Optional<String> read(Path dataDir, String file) {
        try {
            String text = Files.readString(dataDir.resolve(file), StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The secret in {@code file}, made (random, hex, readable by the owner only) when the file is missing. */
    public static String ensureSecret(Path file, int bytes) {
        Optional<String> existing = read(file.getParent(), file.getFileName().toString());
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        try {
            Files.createDirectories(file.getParent());
            // Written whole beside the file, then moved into place: a reader never sees it half written.
            Path draft = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
            try {
                Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            Files.writeString(draft, secret + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(draft, file);
                return secret;
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(draft); // another process made it first: theirs holds
                return read(file.getParent(), file.getFileName().toString()).orElseThrow(() ->
                        new IllegalStateException("Cannot read " + file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
