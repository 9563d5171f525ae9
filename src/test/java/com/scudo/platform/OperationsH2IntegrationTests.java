package com.scudo.platform;

import com.scudo.demo.DemoData;
import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportRequest;
import com.scudo.imports.ImportService;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator scrapes and probes: the product's meters in /actuator/prometheus, the probes, request ids. */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsH2IntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    ImportService imports;
    @TempDir
    Path dir;

    WorkspaceId workspace;
    Api api;

    @BeforeAll
    void loadAndAnalyseASmallShop() {
        workspace = WorkspaceId.of("ops-" + UUID.randomUUID().toString().substring(0, 8));
        api = new Api(port, workspace.value());
        demo.load(workspace, 10, 7);
    }

    @Test
    void prometheusShowsTheProductsOwnMeters() throws IOException {
        assertThat(api.get("/api/v1/customers/cust-003/360").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/nobody-here/360").status()).isEqualTo(404);
        double rowsBefore = sum(scrape(), "scudo_import_rows_total");
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, """
                customer_id,name,email,city,preferred_channel,categories,tags,email_opt_in
                m-1,Ada Lovelace,ada@example.com,London,web,home|books,vip,yes
                m-2,Bob,bob@example.com,Leeds,,,,
                """);
        imports.importFile(new ImportRequest(workspace, ImportFormat.SCUDO_CUSTOMERS, file), done -> { });

        String metrics = scrape();
        String ws = "workspace=\"" + workspace.value() + "\"";
        assertThat(sum(metrics, "scudo_customer360_view_seconds_count", "outcome=\"found\"")).isPositive();
        assertThat(sum(metrics, "scudo_customer360_view_seconds_count", "outcome=\"not_found\"")).isPositive();
        assertThat(metrics).contains("scudo_customer360_view_seconds_bucket{");
        assertThat(sum(metrics, "scudo_analytics_run_seconds_count", "outcome=\"done\"")).isPositive();
        assertThat(sum(metrics, "scudo_analytics_run_phase_seconds_count", "phase=\"fitting models\"")).isPositive();
        assertThat(sum(metrics, "scudo_analytics_run_phase_seconds_count", "phase=\"scoring customers\"")).isPositive();
        assertThat(sum(metrics, "scudo_analytics_model_customers", ws, "model=\"MBG/NBD\"")).isPositive();
        assertThat(sum(metrics, "scudo_analytics_model_converged", ws, "model=\"Gamma-Gamma\"")).isBetween(0.0, 1.0);
        assertThat(sum(metrics, "scudo_analytics_model_log_likelihood", ws, "model=\"MBG/NBD\"")).isNegative();
        assertThat(sum(metrics, "scudo_import_rows_total") - rowsBefore).isEqualTo(2.0);
        assertThat(dashboardMeters()).isNotEmpty().allSatisfy(name -> assertThat(metrics).contains(name + "{"));
    }

    @Test
    void prometheusNeedsAnAdmin() {
        assertThat(Api.anonymous(port, null).get("/actuator/prometheus").status()).isEqualTo(401);
    }

    @Test
    void livenessAndReadinessAreOpenAndReadinessChecksTheStores() {
        Api anonymous = Api.anonymous(port, null);
        Api.Response liveness = anonymous.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().path("status").asString()).isEqualTo("UP");
        assertThat(liveness.json().path("components").has("db")).isFalse();

        Api.Response readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        JsonNode components = readiness.json().path("components");
        assertThat(List.of("readinessState", "db", "operationalStore"))
                .allSatisfy(name -> assertThat(components.path(name).path("status").asString()).isEqualTo("UP"));
    }

    @Test
    void everyResponseCarriesARequestIdAndAPlainOneFromTheCallerIsKept() {
        Api anonymous = Api.anonymous(port, null);
        String given = anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("X-Request-Id", "lb-1234.abc")).header("X-Request-Id");
        assertThat(given).isEqualTo("lb-1234.abc");
        String made = anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("X-Request-Id", "not a plain id; <script>")).header("X-Request-Id");
        assertThat(made).matches("[0-9a-f]{16}");
    }

    /** The product's meters the Grafana dashboard in the repository queries, as Prometheus names. */
    private static Set<String> dashboardMeters() throws IOException {
        String dashboard = Files.readString(Path.of("deploy/grafana/scudo-customer-360.json"));
        Matcher m = Pattern.compile("scudo_[a-z0-9_]+").matcher(dashboard);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    private String scrape() {
        Api.Response response = api.get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The sum of every sample of {@code name} whose labels contain all of {@code labels}. */
    private static double sum(String metrics, String name, String... labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(metrics);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            String tags = m.group(1);
            if (List.of(labels).stream().allMatch(tags::contains)) {
                total += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        assertThat(found).as("a sample of %s with %s", name, List.of(labels)).isTrue();
        return total;
    }
}
