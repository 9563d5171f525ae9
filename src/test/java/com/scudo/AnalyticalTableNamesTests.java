package com.scudo;

import com.scudo.analytics.internal.schema.DefaultSchema;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics owns the analytical tables (facts, scores, snapshots, model fits, runs and the customer_facts view: the
 * tables the build generates into its package); other modules read them through its ports ({@code ScoredCustomers},
 * {@code WorkspaceScores}) or its typed columns ({@code CustomerFactsColumns}, {@code ScoreTables}), never by naming
 * them. This test reads the tables and their columns from the Flyway migrations and looks through every other
 * module's source for a string that names one: a table anywhere in a string, a column where jOOQ or SQL text would use it (DSL.name / field /
 * table, an (alias, column) helper, or SQL text). No file may; {@link #recognisesTheWaysATableOrColumnCanBeNamed} keeps
 * the search honest by feeding it the forms it must catch.
 */
class AnalyticalTableNamesTests {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/com/scudo");
    private static final String OWNER = "analytics";
    /** The tables whose classes the build generates into analytics' package: the ones analytics owns. */
    private static final Set<String> ANALYTICAL = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
            .map(Table::getName).collect(Collectors.toUnmodifiableSet());

    private static final Pattern CREATE = Pattern.compile(
            "create\\s+(table|view)\\s+([a-z_0-9]+)\\s*(\\((.*?)\\n\\)|as\\s+(.*?);)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD_COLUMN = Pattern.compile(
            "alter\\s+table\\s+([a-z_0-9]+)\\s+add\\s+column\\s+([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME_COLUMN = Pattern.compile(
            "alter\\s+table\\s+([a-z_0-9]+)\\s+rename\\s+column\\s+([a-z_0-9]+)\\s+to\\s+([a-z_0-9]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern NAMING_CALL = Pattern.compile(
            "(?:DSL\\.|(?<![\\w.]))(?:name|field|table|quotedName|unquotedName)\\(((?:\\s*\"[^\"]*\"\\s*,?)+)");
    private static final Pattern ALIAS_COLUMN = Pattern.compile("\\w+\\(\\s*\"[a-z]{1,3}\"\\s*,\\s*\"([a-z_0-9]+)\"");
    private static final Pattern SQL_TEXT = Pattern.compile("\\b(select|update|insert|merge|delete|where|join)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z_][a-z_0-9]*");

    private static Map<String, Set<String>> columnsByTable;

    @BeforeAll
    static void readMigrations() throws IOException {
        columnsByTable = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            // In version order, so a rename applies to the column an earlier migration created.
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted(java.util.Comparator.comparingInt(
                    f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")))).toList()) {
                String sql = Files.readString(file).toLowerCase().replaceAll("--[^\\n]*", "");
                Matcher create = CREATE.matcher(sql);
                while (create.find()) {
                    Set<String> columns = columnsByTable.computeIfAbsent(create.group(2), t -> new TreeSet<>());
                    if (create.group(4) != null) {
                        for (String line : create.group(4).split(",\\s*\\n")) {
                            String first = line.strip().split("\\s+")[0];
                            if (!Set.of("primary", "constraint", "unique", "foreign", "check").contains(first)) {
                                columns.add(first);
                            }
                        }
                    }
                }
                Matcher add = ADD_COLUMN.matcher(sql);
                while (add.find()) {
                    columnsByTable.computeIfAbsent(add.group(1), t -> new TreeSet<>()).add(add.group(2));
                }
                Matcher rename = RENAME_COLUMN.matcher(sql);
                while (rename.find()) {
                    Set<String> columns = columnsByTable.computeIfAbsent(rename.group(1), t -> new TreeSet<>());
                    columns.remove(rename.group(2));
                    columns.add(rename.group(3));
                }
            }
        }
    }

    @Test
    void theMigrationsDefineTheAnalyticalTables() {
        assertThat(ANALYTICAL).contains("customer_dim", "order_facts", "interaction_facts", "customer_metrics",
                "behavioral_analytics", "metric_snapshots", "model_fits", "model_choices", "analytics_runs",
                "customer_facts");
        assertThat(columnsByTable.keySet()).containsAll(ANALYTICAL);
        assertThat(columnsByTable.get("customer_metrics")).contains("churn", "clv", "total_spent", "primary_segment");
    }

    @Test
    void noOtherModuleNamesAnAnalyticalTableOrColumnInAString() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                String module = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
                if (module.equals(OWNER) || module.isEmpty()) {
                    continue;
                }
                Set<String> names = namesIn(Files.readString(file), module);
                if (!names.isEmpty()) {
                    found.put(relative, names);
                }
            }
        }
        assertThat(found).as("files naming analytical tables or columns (use analytics' ports or typed columns)").isEmpty();
    }

    /** The forms the statements used before analytics exposed typed columns: each must be caught outside analytics. */
    @Test
    void recognisesTheWaysATableOrColumnCanBeNamed() {
        assertThat(namesIn("""
                sql.query("merge into customer_metrics m using ({4}) s on (m.customer_id = s.customer_id)");""", "segment"))
                .contains("customer_metrics");
        assertThat(namesIn("""
                sql.execute("analyze table " + "metric_snapshots");""", "segment")).contains("metric_snapshots");
        String textBlock = "String text = " + "\"\"\"" + "\n    update scores set primary_segment = null\n"
                + "    where total_spent > 0" + "\"\"\";";
        assertThat(namesIn(textBlock, "segment")).contains("primary_segment", "total_spent");
        assertThat(namesIn("""
                Field<BigDecimal> churn = DSL.field(DSL.name("c", "churn"), BigDecimal.class);""", "assistant"))
                .contains("churn");
        assertThat(namesIn("""
                Field<BigDecimal> clv = column("m", "clv");""", "recommendation")).contains("clv");
        assertThat(namesIn("""
                Table<?> t = DSL.table(DSL.name("customer_facts"));""", "privacy")).contains("customer_facts");
    }

    @Test
    void passesTypedColumnsAndTheModulesOwnNames() {
        assertThat(namesIn("""
                sql.update(Metrics.TABLE).set(Metrics.SEGMENTS, (String) null).where(Metrics.WORKSPACE_ID.eq(ws));
                Table<?> facts = Filters.customerFacts().as("c");
                String label = "Customer metrics";""", "segment")).isEmpty();
        // workspace_id and customer_id are the segment module's own columns as well: naming its own is allowed.
        assertThat(namesIn("""
                Field<String> id = DSL.field(DSL.name("s", "customer_id"), String.class);""", "segment")).isEmpty();
        assertThat(namesIn("""
                Field<String> id = DSL.field(DSL.name("s", "customer_id"), String.class);""", "assistant"))
                .contains("customer_id");
    }

    private static Set<String> namesIn(String source, String module) {
        Set<String> analyticalColumns = new HashSet<>();
        ANALYTICAL.forEach(t -> analyticalColumns.addAll(columnsByTable.getOrDefault(t, Set.of())));
        ownColumns(module).forEach(analyticalColumns::remove);
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Set<String> names = new TreeSet<>();
        Matcher string = STRING.matcher(code);
        while (string.find()) {
            String text = string.group(1) != null ? string.group(1) : string.group(2);
            boolean sql = SQL_TEXT.matcher(text).find();
            Matcher word = WORD.matcher(text.toLowerCase());
            while (word.find()) {
                String w = word.group();
                if (ANALYTICAL.contains(w) || (sql && analyticalColumns.contains(w) && w.contains("_"))) {
                    names.add(w);
                }
            }
        }
        for (Pattern call : List.of(NAMING_CALL, ALIAS_COLUMN)) {
            Matcher m = call.matcher(code);
            while (m.find()) {
                Matcher literal = Pattern.compile("\"([a-z_0-9]+)\"").matcher(m.group(1) != null ? m.group(1) : "");
                if (call == ALIAS_COLUMN) {
                    literal = Pattern.compile("([a-z_0-9]+)").matcher(m.group(1));
                }
                while (literal.find()) {
                    String w = literal.group(1);
                    if (ANALYTICAL.contains(w) || analyticalColumns.contains(w)) {
                        names.add(w);
                    }
                }
            }
        }
        return names;
    }

    /** Columns of the tables the module owns itself (those the build generates into its package). */
    private static Set<String> ownColumns(String module) {
        Set<String> own = new HashSet<>();
        ownTables(module).forEach(t -> own.addAll(columnsByTable.getOrDefault(t, Set.of())));
        return own;
    }

    /** Tables a module owns but the build generates no classes for (it names their few columns itself). */
    private static final Map<String, Set<String>> OWNED_WITHOUT_CLASSES = Map.of("money", Set.of("exchange_rates"));

    /** The tables of {@code com.scudo.<module>.internal.schema}, none when the module owns no table. */
    private static Set<String> ownTables(String module) {
        if (OWNED_WITHOUT_CLASSES.containsKey(module)) {
            return OWNED_WITHOUT_CLASSES.get(module);
        }
        try {
            Class<?> schema = Class.forName("com.scudo." + module + ".internal.schema.DefaultSchema");
            org.jooq.Schema instance = (org.jooq.Schema) schema.getField("DEFAULT_SCHEMA").get(null);
            return instance.getTables().stream().map(Table::getName).collect(Collectors.toSet());
        } catch (ClassNotFoundException none) {
            return Set.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachOtherModuleOwnsTheTablesItsGeneratedClassesHold() {
        assertThat(ownTables("segment")).contains("segments", "segment_assignments");
        assertThat(ownTables("recommendation")).contains("recommendations");
        assertThat(ownTables("segment")).doesNotContainAnyElementsOf(ANALYTICAL);
    }
}
