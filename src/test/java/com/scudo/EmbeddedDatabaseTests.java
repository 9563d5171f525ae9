package com.scudo;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;

/** What the embedded analytical store (H2) must keep doing for the product's schema. */
class EmbeddedDatabaseTests {

    @Test
    void aCheckConstraintOutlivesTheConnectionThatCreatedIt() throws Exception {
        String url = "jdbc:h2:mem:check_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection keepsTheDatabase = DriverManager.getConnection(url)) {
            try (Connection migration = DriverManager.getConnection(url); Statement s = migration.createStatement()) {
                s.execute("create table recommendations_like (id int primary key, status varchar(10) not null,"
                        + " constraint status_known check (status in ('open', 'done', 'dismissed')))");
            }
            try (Connection later = DriverManager.getConnection(url); Statement s = later.createStatement()) {
                assertThatCode(() -> s.execute("insert into recommendations_like values (1, 'done')"))
                        .doesNotThrowAnyException();
            }
        }
    }
}
