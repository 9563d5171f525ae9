package com.scudo.privacy;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.customer.OperationalPersonalData;
import com.scudo.customer360.Customer360Views;
import com.scudo.demo.DemoData;
import com.scudo.imports.ImportService;
import com.scudo.ingest.IngestService;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy requests on a demo shop with customers held everywhere (both stores, scores, segments,
 * recommendations, a rejected import row): the export holds every place, and the erasure leaves nothing in any
 * SQL table or DynamoDB table that names them — except the audit events' subject id, by design.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PrivacyScenarios {
    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    IngestService ingest;
    @Autowired
    ImportService imports;
    @Autowired
    AnalyticsRuns analytics;
    @Autowired
    CustomerPrivacy privacy;
    @Autowired
    OperationalPersonalData operational;
    @Autowired
    Customer360Views views;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DynamoDbClient dynamo;

    WorkspaceId workspace;
    Api api;
    PrivacyFixture exported;
    PrivacyFixture erased;
    PrivacyFixture interrupted;

    @BeforeAll
    void holdCustomersEverywhere() throws IOException {
        workspace = WorkspaceId.of("privacy-" + UUID.randomUUID().toString().substring(0, 8));
        api = new Api(port, workspace.value());
        demo.load(workspace, 20, 42);
        Path folder = Files.createTempDirectory("scudo-privacy");
        exported = PrivacyFixture.create(workspace, ingest, imports, folder);
        erased = PrivacyFixture.create(workspace, ingest, imports, folder);
        interrupted = PrivacyFixture.create(workspace, ingest, imports, folder);
        assertThat(analytics.runNow(workspace, LocalDate.now(ZoneOffset.UTC)).state()).isEqualTo("done");
    }

    @Test
    void catalogNamesEveryTableThatHasACustomerIdColumn() {
        Set<String> withCustomerId = new TreeSet<>(jdbc.queryForList("""
                select lower(c.table_name) from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where lower(c.column_name) = 'customer_id' and t.table_type = 'BASE TABLE'
                  and lower(c.table_schema) = lower(current_schema())""", String.class));
        // privacy_erasures holds the id only while an erasure runs; it is cleared on completion.
        withCustomerId.remove("privacy_erasures");
        assertThat(withCustomerId).isNotEmpty();
        assertThat(PersonalDataCatalog.SQL_CUSTOMER_TABLES).containsAll(withCustomerId);
    }

    @Test
    void exportHoldsEveryPlaceWithTheCustomersData() {
        Api.Response response = api.get("/api/v1/customers/" + exported.id() + "/privacy/export");
        assertThat(response.status()).isEqualTo(200);
        JsonNode export = response.json();
        assertThat(export.path("customerId").asString()).isEqualTo(exported.id());

        JsonNode operational = export.path("operational");
        assertThat(operational.path("profile").path("email").asString()).isEqualTo(exported.email());
        assertThat(operational.path("profile").path("name").asString()).isEqualTo(exported.name());
        assertThat(operational.path("profile").path("preferences").path("channel").asString()).isEqualTo("web");
        assertThat(operational.path("orders").size()).isEqualTo(8);
        assertThat(operational.path("orders").get(0).path("items").get(0).path("name").asString()).isEqualTo("Linen throw");
        assertThat(operational.path("interactions").size()).isEqualTo(3);
        assertThat(operational.path("realtimeMetrics").path("orders").asLong()).isEqualTo(8);

        JsonNode analytical = export.path("analytical");
        for (String table : PersonalDataCatalog.SQL_CUSTOMER_TABLES) {
            assertThat(analytical.has(table)).as(table).isTrue();
            // Work tables, empty once a pass or a copy is done; what only merges and connectors fill.
            if (!table.equals("segment_assignment_stage") && !table.equals("recording_outbox")
                    && !table.endsWith("_stage") && !table.startsWith("identity_") && !table.startsWith("connector_")) {
                assertThat(analytical.path(table).size()).as(table + " rows").isPositive();
                for (JsonNode row : analytical.path(table)) {
                    assertThat(row.path("customer_id").asString()).as(table).isEqualTo(exported.id());
                }
            }
        }
        assertThat(analytical.path("customer_dim").get(0).path("email").asString()).isEqualTo(exported.email());
        assertThat(analytical.path("order_facts").size()).isEqualTo(8);
        // Stored as facts, exported in words.
        assertThat(analytical.path("customer_metrics").get(0).path("reasons").path("churn").asString()).startsWith("Churn risk");
        assertThat(analytical.path("import_errors").size()).isEqualTo(1);
        assertThat(analytical.path("import_errors").get(0).path("content").asString()).contains(exported.id());

        JsonNode audit = api.get("/api/v1/audit?action=customer.data_exported").json().path("events");
        assertThat(audit.findValuesAsString("subjectId")).contains(exported.id());
    }

    @Test
    void erasureLeavesNothingThatNamesThemInEitherStore() throws IOException {
        String primary = jdbc.queryForObject("select primary_segment from customer_metrics where workspace_id = ? "
                + "and customer_id = ?", String.class, workspace.value(), erased.id());
        long membersBefore = segmentMembers(primary);
        long customersBefore = api.get("/api/v1/overview").json().path("customers").asLong();
        assertThat(Files.readString(erased.errorsFile())).contains(erased.id());
        assertThat(hitsInSql(erased)).isNotEmpty();
        assertThat(hitsInDynamo(erased)).isNotEmpty();

        Api.Response response = api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/customers/" + erased.id() + "/privacy")).DELETE());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("erased");
        assertThat(response.json().path("removed").path("dynamodb.orders").asInt()).isEqualTo(8);
        assertThat(response.json().path("removed").path("sql.order_facts").asInt()).isEqualTo(8);

        assertThat(hitsInSql(erased)).containsOnly("audit_events.subject_id");
        assertThat(hitsInDynamo(erased)).isEmpty();
        assertThat(Files.readString(erased.errorsFile())).doesNotContain(erased.id()).doesNotContain(erased.name());
        assertThat(segmentMembers(primary)).isEqualTo(membersBefore - 1);
        assertThat(api.get("/api/v1/overview").json().path("customers").asLong()).isEqualTo(customersBefore - 1);
        assertThat(api.get("/api/v1/customers/" + erased.id() + "/360").status()).isEqualTo(404);

        JsonNode events = api.get("/api/v1/audit?action=customer.erased").json().path("events");
        assertThat(events.findValuesAsString("subjectId")).contains(erased.id());
        for (JsonNode event : events) {
            assertThat(event.path("detail").asString()).doesNotContain(erased.email()).doesNotContain(erased.name());
        }
    }

    @Test
    void erasingAgainGivesTheSameAnswerAndUnknownCustomersAreNotFound() {
        PrivacyFixture again = erased;
        ErasureResult first = privacy.erase(workspace, CustomerId.of(again.id()));
        ErasureResult second = privacy.erase(workspace, CustomerId.of(again.id()));
        assertThat(second).isEqualTo(first);
        assertThat(second.erased()).isTrue();
        assertThat(api.get("/api/v1/customers/" + again.id() + "/privacy/export").status()).isEqualTo(404);
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + port + "/api/v1/customers/nobody-here-42/privacy")).DELETE()).status()).isEqualTo(404);
    }

    @Test
    void anErasureInterruptedAfterTheOperationalStoreIsCompletedByTheRetry() throws Exception {
        // As if the process died right after deleting the DynamoDB items: the request is recorded, the SQL rows remain.
        jdbc.update("insert into privacy_erasures (request_id, workspace_id, subject_hash, customer_id, email, name, state, "
                        + "requested_at) values (?, ?, ?, ?, ?, ?, 'pending', current_timestamp)",
                UUID.randomUUID().toString(), workspace.value(), hash(workspace, interrupted.id()), interrupted.id(),
                interrupted.email(), interrupted.name());
        operational.erase(workspace, CustomerId.of(interrupted.id()));
        assertThat(hitsInSql(interrupted)).contains("customer_dim.email", "import_errors.content");

        assertThat(privacy.completePendingErasures()).isGreaterThanOrEqualTo(1);

        assertThat(hitsInSql(interrupted)).isEmpty(); // nobody viewed them: not even an audit event names them
        assertThat(hitsInDynamo(interrupted)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from privacy_erasures where subject_hash = ? and state = 'completed' "
                + "and customer_id is null", Long.class, hash(workspace, interrupted.id()))).isEqualTo(1);
    }

    @Test
    void viewsExportsAndSegmentChangesAreAuditedWithTheActor() {
        assertThat(api.get("/api/v1/customers/" + exported.id() + "/360").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/segments", """
                {"name":"Audited few","rule":"orders > 5"}""").status()).isEqualTo(201);
        assertThat(api.put("/api/v1/segments/AUDITED_FEW", """
                {"rule":"orders > 6"}""").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/segments/AUDITED_FEW/export.csv").status()).isEqualTo(200);
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + port + "/api/v1/segments/AUDITED_FEW")).DELETE()).status()).isLessThan(300);
        assertThat(api.get("/api/v1/customers/export.csv?filter=" + java.net.URLEncoder.encode(
                "name = '" + exported.name() + "'", StandardCharsets.UTF_8)).status()).isEqualTo(200);
        views.view(workspace, CustomerId.of(exported.id())); // outside a web request: the command line

        JsonNode page = api.get("/api/v1/audit?limit=500").json();
        List<String> actions = page.path("events").findValuesAsString("action");
        assertThat(actions).contains("customer.viewed", "segment.created", "segment.updated", "segment.exported",
                "segment.deleted", "customers.exported");
        JsonNode newest = page.path("events").get(0);
        assertThat(newest.path("action").asString()).isEqualTo("customer.viewed");
        assertThat(newest.path("actor").asString()).isEqualTo("cli:" + System.getProperty("user.name"));
        JsonNode webView = page.path("events").get(1);
        assertThat(webView.path("action").asString()).isEqualTo("customers.exported");
        assertThat(webView.path("actor").asString()).as("the API key that made the request").startsWith("api-key:");
        assertThat(webView.path("detail").asString()).isEqualTo("1 customers, filtered").doesNotContain(exported.name());

        JsonNode first = api.get("/api/v1/audit?limit=2").json();
        JsonNode second = api.get("/api/v1/audit?limit=2&cursor=" + first.path("nextCursor").asString()).json();
        assertThat(first.path("events").get(0).path("id").asLong()).isGreaterThan(first.path("events").get(1).path("id").asLong());
        assertThat(second.path("events").get(0).path("id").asLong()).isLessThan(first.path("events").get(1).path("id").asLong());
        assertThat(api.get("/api/v1/audit?action=segment.deleted").json().path("events").findValuesAsString("action"))
                .containsOnly("segment.deleted");
        assertThat(api.get("/api/v1/audit?since=2999-01-01").json().path("events").size()).isZero();
        assertThat(api.get("/api/v1/audit?action=teleported").status()).isEqualTo(400);
    }

    private long segmentMembers(String segment) {
        return jdbc.queryForObject("select count(*) from segment_assignments where workspace_id = ? and segment_id = ? "
                + "and until is null and is_primary", Long.class, workspace.value(), segment);
    }

    /** table.column of every text cell in the schema that contains the customer's id, e-mail or name. */
    private List<String> hitsInSql(PrivacyFixture who) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select lower(c.table_name) as t, lower(c.column_name) as c from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE' and lower(c.table_schema) = lower(current_schema())
                  and lower(c.data_type) in ('character varying', 'varchar', 'text', 'character', 'char', 'clob',
                                             'character large object')""");
        assertThat(columns).hasSizeGreaterThan(30);
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("t");
            String name = (String) column.get("c");
            for (String needle : who.needles()) {
                Long found = jdbc.queryForObject("select count(*) from \"" + table + "\" where lower(\"" + name
                        + "\") like ?", Long.class, "%" + needle.toLowerCase(Locale.ROOT) + "%");
                if (found != null && found > 0 && !hits.contains(table + "." + name)) {
                    hits.add(table + "." + name);
                }
            }
        }
        return hits;
    }

    /** table: attribute of every DynamoDB item, in every table, whose strings contain the id, e-mail or name. */
    private List<String> hitsInDynamo(PrivacyFixture who) {
        List<String> hits = new ArrayList<>();
        for (String table : dynamo.listTablesPaginator().tableNames()) {
            dynamo.scanPaginator(b -> b.tableName(table)).items().forEach(item -> item.forEach((attribute, value) -> {
                String text = flatten(value).toLowerCase(Locale.ROOT);
                for (String needle : who.needles()) {
                    if (text.contains(needle.toLowerCase(Locale.ROOT))) {
                        hits.add(table + ":" + attribute);
                    }
                }
            }));
        }
        return hits;
    }

    private static String flatten(AttributeValue value) {
        StringBuilder text = new StringBuilder();
        if (value.s() != null) {
            text.append(value.s());
        }
        if (value.hasSs()) {
            text.append(String.join(" ", value.ss()));
        }
        if (value.hasL()) {
            value.l().forEach(v -> text.append(' ').append(flatten(v)));
        }
        if (value.hasM()) {
            value.m().forEach((k, v) -> text.append(' ').append(k).append(' ').append(flatten(v)));
        }
        return text.toString();
    }

    private static String hash(WorkspaceId workspace, String id) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((workspace.value() + "\n" + id).getBytes(StandardCharsets.UTF_8)));
    }
}
