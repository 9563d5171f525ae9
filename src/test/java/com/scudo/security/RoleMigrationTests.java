package com.scudo.security;

import com.scudo.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V70 turns each user's one global role into the role of each of their memberships, on H2 and PostgreSQL. */
class RoleMigrationTests {

    @Test
    void globalRolesBecomeMembershipRolesOnH2() throws SQLException {
        String url = "jdbc:h2:mem:roles-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        migrateAndCheck(url, "sa", "", null);
    }

    @Test
    void globalRolesBecomeMembershipRolesOnPostgres() throws SQLException {
        String schema = "roles_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        migrateAndCheck(PostgresTestDatabase.url(), "postgres", "", schema);
    }

    private void migrateAndCheck(String url, String user, String password, String schema) throws SQLException {
        flyway(url, user, password, schema, "60").migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            String p = schema == null ? "" : schema + ".";
            s.execute("insert into " + p + "workspaces values ('one', 'One', current_timestamp, 't'), "
                    + "('two', 'Two', current_timestamp, 't')");
            s.execute("insert into " + p + "users (username, password_hash, role, failed_attempts, created_at) values "
                    + "('ann', 'h', 'ADMIN', 0, current_timestamp), ('ben', 'h', 'VIEWER', 0, current_timestamp)");
            s.execute("insert into " + p + "user_workspaces values ('ann', 'one', current_timestamp), "
                    + "('ann', 'two', current_timestamp), ('ben', 'two', current_timestamp)");

            flyway(url, user, password, schema, null).migrate();

            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select username, workspace_id, role from " + p + "user_workspaces "
                    + "order by username, workspace_id")) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            assertThat(rows).containsExactly("ann one ADMIN", "ann two ADMIN", "ben two VIEWER");
        }
    }

    /** Flyway on the product's migrations, in its own schema when one is given, up to a version (null: all). */
    private static Flyway flyway(String url, String user, String password, String schema, String target) {
        var config = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        if (target != null) {
            config = config.target(target);
        }
        return config.load();
    }
}
