package com.scudo.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Where a benchmark runs: the store configuration, its scratch folder and the PostgreSQL server for scratch databases. */
class BenchOptions {
    @Option(names = "--config", description = "embedded (on disk), in-memory (DynamoDB in memory, H2 file) or postgres.")
    String config;

    @Option(names = "--dir", description = "Scratch folder (default: ./target/<benchmark>).")
    Path dir;

    @Option(names = "--postgres", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres")
    String postgresAdminUrl;

    /** The scratch folder of {@code benchmark}: the --dir, else ./target/<benchmark>. */
    Path dir(String benchmark) {
        return dir == null ? Path.of("./target", benchmark) : dir;
    }

    /** Fresh stores of the chosen configuration (else {@code fallbackConfig}) in a new folder of the scratch folder. */
    BenchStores freshStores(String benchmark, String fallbackConfig) throws Exception {
        String chosen = config == null ? fallbackConfig : config;
        Path run = dir(benchmark).resolve(chosen + "-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(run);
        return new BenchStores(chosen, run, postgresAdminUrl);
    }
}
