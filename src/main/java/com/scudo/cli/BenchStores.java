package com.scudo.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fresh stores for one benchmark run, as Spring arguments: {@code embedded} (DynamoDB Local on disk + H2 file),
 * {@code in-memory} (DynamoDB Local in memory + H2 file) or {@code postgres} (DynamoDB Local in memory + a scratch
 * PostgreSQL database, dropped on close).
 */
final class BenchStores implements AutoCloseable {
    private final List<String> arguments = new ArrayList<>();
    private final String config;
    private final Path run;
    private final String postgresAdminUrl;
    private String database;

    BenchStores(String config, Path run, String postgresAdminUrl) throws Exception {
        this.config = config;
        this.run = run;
        this.postgresAdminUrl = postgresAdminUrl;
        arguments.add("--scudo.dynamodb.data-dir=" + run.resolve("dynamodb"));
        switch (config) {
            case "embedded" -> {
                arguments.add("--scudo.dynamodb.mode=embedded");
                arguments.add(h2(run));
            }
            case "in-memory" -> {
                arguments.add("--scudo.dynamodb.mode=in-memory");
                arguments.add(h2(run));
            }
            case "postgres" -> {
                database = "scudo_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                sql("create database " + database);
                String url = postgresAdminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
                arguments.add("--scudo.dynamodb.mode=in-memory");
                arguments.add("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
                arguments.add("--spring.datasource.username=postgres");
                arguments.add("--spring.datasource.password=");
            }
            default -> throw new IllegalArgumentException("config must be embedded, in-memory or postgres");
        }
    }

    String config() {
        return config;
    }

    /** The run's own folder. */
    Path run() {
        return run;
    }

    List<String> arguments() {
        return arguments;
    }

    @Override
    public void close() throws Exception {
        if (database != null) {
            sql("drop database if exists " + database + " with (force)");
        }
    }

    private static String h2(Path run) {
        return "--spring.datasource.url=jdbc:h2:file:" + run.toAbsolutePath().resolve("h2/analytics")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(postgresAdminUrl); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
