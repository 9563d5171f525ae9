package com.scudo.segment;

import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The segment REST API end to end (custom segments, preview, members, CSV, migration, errors); H2 and PostgreSQL. */
abstract class SegmentApiScenarios {
    static final LocalDate D1 = LocalDate.of(2024, 6, 1);
    static final LocalDate D2 = LocalDate.of(2024, 7, 1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    SegmentFixture data;
    Api api;

    @BeforeEach
    void newWorkspace() {
        WorkspaceId workspace = WorkspaceId.of("ws-" + UUID.randomUUID().toString().substring(0, 8));
        data = new SegmentFixture(jdbc, events, workspace);
        api = new Api(port, workspace.value());
        data.personas();
        data.run(D1);
    }

    @Test
    void customSegmentIsCreatedAssignedEditedAndDeleted() {
        long bigSpenders = scored().filter(c -> c.totalSpent.compareTo(new BigDecimal("1000")) >= 0).count();

        var created = api.post("/api/v1/segments", """
                {"name":"Big spenders","description":"Spent 1,000 or more","rule":"TOTAL_SPENT >= 1000"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isEqualTo("BIG_SPENDERS");
        assertThat(created.json().get("rule").asString()).isEqualTo("total_spent >= 1000");
        assertThat(created.json().get("builtIn").asBoolean()).isFalse();
        assertThat(created.json().get("priority").asInt()).isEqualTo(140);
        assertThat(listed("BIG_SPENDERS").get("stats").get("customers").asLong()).isEqualTo(bigSpenders);
        assertThat(data.segments("vip")).isEqualTo("|VIP_HIGH_VALUE|LOYAL_REGULAR|BIG_SPENDERS|");

        var edited = api.put("/api/v1/segments/big_spenders", """
                {"rule":"total_spent >= 4000","priority":5}""");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("name").asString()).isEqualTo("Big spenders");
        assertThat(data.primary("vip")).isEqualTo("BIG_SPENDERS");
        assertThat(data.primary("bigbasket")).isEqualTo("HIGH_AOV");

        assertThat(api.send(delete("/api/v1/segments/BIG_SPENDERS")).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/segments/BIG_SPENDERS").status()).isEqualTo(404);
        assertThat(data.primary("vip")).isEqualTo("VIP_HIGH_VALUE");
        assertThat(jdbc.queryForObject("select count(*) from segment_assignments where segment_id = 'BIG_SPENDERS' "
                + "and until is null and workspace_id = ?", Integer.class, data.workspace.value())).isZero();
    }

    @Test
    void builtInSegmentsCanBeEditedButNotDeleted() {
        var response = api.send(delete("/api/v1/segments/VIP_HIGH_VALUE"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("cannot be deleted");

        var edited = api.put("/api/v1/segments/HIGH_AOV", """
                {"rule":"aov >= 1000","description":"Average order of 1,000 or more"}""");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(data.primary("bigbasket")).isNull();
        assertThat(api.get("/api/v1/segments/HIGH_AOV").json().get("segment").get("rule").asString())
                .isEqualTo("aov >= 1000");
    }

    @Test
    void previewCountsAndValuesWhatARuleWouldSelect() {
        List<SegmentFixture.Customer> matching = scored().filter(c -> c.churn.compareTo(new BigDecimal("0.2")) >= 0).toList();

        var preview = api.post("/api/v1/segments/preview", """
                {"rule":"churn >= 20%"}""");

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("customers").asLong()).isEqualTo(matching.size());
        assertThat(preview.json().get("totalValue").decimalValue()).isEqualByComparingTo(
                matching.stream().map(c -> c.totalSpent).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(preview.json().get("rule").asString()).isEqualTo("churn >= 0.2");
        assertThat(preview.json().get("asOf").asString()).isEqualTo(D1.toString());
    }

    @Test
    void badRulesAreProblemsThatPointAtThePosition() {
        var typo = api.post("/api/v1/segments/preview", """
                {"rule":"orders > 2 and chrun >= 0.2"}""");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.contentType()).contains("application/problem+json");
        assertThat(typo.json().get("position").asInt()).isEqualTo(15);
        assertThat(typo.json().get("detail").asString()).contains("chrun").contains("churn");

        var unfinished = api.post("/api/v1/segments", """
                {"name":"Broken","rule":"orders >="}""");
        assertThat(unfinished.status()).isEqualTo(400);
        assertThat(unfinished.json().get("position").asInt()).isEqualTo(9);
        assertThat(api.get("/api/v1/segments/BROKEN").status()).isEqualTo(404);

        var circular = api.post("/api/v1/segments", """
                {"name":"Loop","rule":"orders > 1 and segment = \\"AT_RISK\\""}""");
        assertThat(circular.status()).isEqualTo(400);
        assertThat(circular.json().get("detail").asString()).contains("cannot use 'segment'").contains("position 15");

        var missing = api.post("/api/v1/segments", "{\"rule\":\"orders > 1\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void membersArePagedWithACursorAndExportedAsCsv() throws IOException {
        api.post("/api/v1/segments", """
                {"name":"Everyone scored","rule":"orders >= 1"}""");
        long scored = scored().count();

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var page = api.get("/api/v1/segments/EVERYONE_SCORED/members?sort=-total_spent&limit=4"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("members").forEach(m -> walked.add(m.get("customerId").asString()));
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        assertThat(walked).hasSize((int) scored).doesNotHaveDuplicates().startsWith("vip");

        var csv = api.get("/api/v1/segments/AT_RISK/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("customer_id")).isEqualTo("atrisk");
            assertThat(r.get("email")).isEqualTo("atrisk@example.com");
            assertThat(r.get("segment")).isEqualTo("AT_RISK");
            assertThat(new BigDecimal(r.get("total_spent"))).isEqualByComparingTo(data.customers.get("atrisk").totalSpent);
        });
        assertThat(csv.body()).startsWith(String.join(",", "customer_id", "name", "email", "phone", "segment",
                "lifecycle", "total_spent", "orders", "churn", "clv", "last_order"));
    }

    @Test
    void migrationEndpointAndItsErrors() {
        data.customer("loyal", c -> { c.churn = SegmentFixture.share("0.4"); c.lifecycle = "At-Risk"; });
        data.run(D2);

        var ok = api.get("/api/v1/segments/migration?from=" + D1 + "&to=" + D2);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("notable").get(0).asString()).contains("moved from LOYAL_REGULAR to AT_RISK");
        assertThat(ok.json().get("valueBasis").asString()).contains("later date");

        assertThat(api.get("/api/v1/segments/migration?from=yesterday&to=" + D2).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/segments/migration?from=" + D2 + "&to=" + D1).status()).isEqualTo(400);
        var noSnapshot = api.get("/api/v1/segments/migration?from=2020-01-01&to=" + D2);
        assertThat(noSnapshot.status()).isEqualTo(400);
        assertThat(noSnapshot.json().get("detail").asString()).contains(D1.toString());
    }

    @Test
    void unknownSegmentsAndBadParametersAreProblems() {
        assertThat(api.get("/api/v1/segments").json()).hasSize(13);
        assertThat(api.get("/api/v1/segments/NO_SUCH_SEGMENT").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/segments/NO_SUCH_SEGMENT/members").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/segments/NO_SUCH_SEGMENT/export.csv").status()).isEqualTo(404);
        assertThat(api.put("/api/v1/segments/NO_SUCH_SEGMENT", "{\"name\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.send(delete("/api/v1/segments/NO_SUCH_SEGMENT")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/segments/not-an-id!").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/segments/AT_RISK/members?sort=shoe_size").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/segments/AT_RISK/members?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/segments/AT_RISK/members?cursor=garbage").status()).isEqualTo(400);
        var duplicate = api.post("/api/v1/segments", "{\"id\":\"AT_RISK\",\"name\":\"Mine\",\"rule\":\"orders > 1\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("detail").asString()).contains("already exists");
    }

    private java.util.stream.Stream<SegmentFixture.Customer> scored() {
        return data.customers.values().stream().filter(c -> c.scored);
    }

    private JsonNode listed(String id) {
        for (JsonNode s : api.get("/api/v1/segments").json()) {
            if (s.get("segment").get("id").asString().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("segment " + id + " not listed");
    }

    private HttpRequest.Builder delete(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE();
    }
}
