package com.scudo.support;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One throwaway database on the real PostgreSQL server per test JVM, dropped when the JVM ends.
 * The server is the one at {@code scudo.test.postgres.url} (CI starts it).
 */
public final class PostgresTestDatabase {
    private static final String ADMIN_URL = System.getProperty("scudo.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private static String url;

    private PostgresTestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            String name = "scudo_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
            url = ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        }
        return url;
    }

    /**
     * A database of its own, dropped when the JVM ends: each application context gets one, because every
     * instance on one database works off the same outbox and would copy another context's records into
     * its own (in-memory) operational store.
     */
    public static synchronized String newDatabase() {
        String name = "scudo_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
        return ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /**
     * A database of its own for one application context, dropped when that context closes: after its connection
     * pool and every worker that writes through it have stopped (a JVM shutdown hook would run beside the context's
     * own close, and a worker still draining its outbox would then wait up to the pool's 30 s connection timeout
     * for a database that is gone, holding up the JVM's exit).
     */
    public static String newDatabase(ConfigurableApplicationContext context) {
        String name = "scudo_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        // Registered before the context creates any bean, so destroyed after all of them.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean(
                PostgresTestDatabase.class.getName(), () -> execute("drop database if exists " + name + " with (force)"));
        return ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + " is needed for the integration tests "
                    + "(./scripts/test starts it): " + e.getMessage(), e);
        }
    }
}
