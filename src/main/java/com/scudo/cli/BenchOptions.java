package com.scudo.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where a benchmark runs: the store configuration, its scratch folder and the PostgreSQL server for scratch databases. */
class BenchOptions {
    @Option(names = "--config", description = "embedded (on disk), in-memory (DynamoDB in memory, H2 file) or postgres.")
    String config;

    @Option(names = "--dir", description = "Scratch folder (default: ./target/<benchmark>).")
    Path dir;

    @Option(names = "--postgres", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres")
    String postgresAdminUrl;

    String config(String fallback) {
        return config == null ? fallback : config;
    }

    Path dir(String benchmark) {
        return dir == null ? Path.of("./target", benchmark) : dir;
    }
}
