package com.scudo.platform.internal;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import java.sql.Statement;

/**
 * Migration 178, on H2 only: indexes on exactly (workspace, customer) for the two tables a live re-score changes by
 * customer whose keys are longer (segment history, recommendations). H2 uses an index for a list of keys only when
 * the list covers the whole index ({@link com.scudo.platform.WorkspaceKeys}); without these a re-score of a few
 * customers read every row of the workspace in both tables, so it slowed down as the shop grew (16 s behind at 10,000
 * customers). PostgreSQL looks the keys up through the primary keys, which begin with these columns: another index
 * there would only cost every write. A Spring bean: Flyway runs it in order with the SQL migrations.
 */
@Component
class H2CustomerIndexes implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("178");
    }

    @Override
    public String getDescription() {
        return "customer indexes on H2";
    }

    @Override
    public Integer getChecksum() {
        return 178;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!"H2".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index segment_assignments_customer on segment_assignments (workspace_id, customer_id)");
            sql.execute("create index recommendations_customer on recommendations (workspace_id, customer_id)");
        }
    }
}
