package com.scudo.cli;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static com.scudo.cli.CommandRun.NO_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read commands run in this process, once through the test server's port and once on the stores opened
 * "locally" (the test's own application, as no server answers on the given address).
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCommandsIntegrationTests {
    private static final Function<List<String>, Gateways.LocalContext> REAL_STORES = Gateways.localStores;

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    ApplicationContext context;

    String workspace;
    int localOpens;

    @BeforeAll
    void loadDemoShop() {
        workspace = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        demo.load(WorkspaceId.of(workspace), 90, 42);
        Gateways.localStores = args -> {
            localOpens++;
            return new Gateways.LocalContext(context, () -> { });
        };
    }

    @AfterAll
    void restoreStores() {
        Gateways.localStores = REAL_STORES;
    }

    @Test
    void customerShowPrintsDavidKimsViewThroughTheServer() {
        CommandRun run = run(new CustomerCommand(), server(), "show", "David", "Kim");
        assertThat(run.exitCode()).isZero();
        assertDavidKim(run.out());
    }

    @Test
    void customerShowPrintsTheSameViewFromLocalStores() {
        int before = localOpens;
        CommandRun local = run(new CustomerCommand(), NO_SERVER, "show", "david kim");
        assertThat(localOpens).isEqualTo(before + 1);
        assertThat(local.exitCode()).isZero();
        assertDavidKim(local.out());
        CommandRun remote = run(new CustomerCommand(), server(), "show", "cust-003");
        assertThat(withoutTimes(local.out())).isEqualTo(withoutTimes(remote.out()));
    }

    @Test
    void customerShowListsCandidatesWhenANameIsAmbiguous() {
        for (String server : List.of(server(), NO_SERVER)) {
            // generated demo customers share first names; pick one that at least two carry
            CommandRun list = run(new CustomersCommand(), server(), "list", "--json", "--limit", "1000");
            String first = sharedFirstName(Gateway.JSON.readTree(list.out()).path("customers"));
            CommandRun run = run(new CustomerCommand(), server, "show", first);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).contains("matches", "ID", "EMAIL", "CITY").containsIgnoringCase(first);
        }
    }

    @Test
    void customerShowJsonIsTheApisView() {
        CommandRun run = run(new CustomerCommand(), server(), "show", "--json", "david.kim@email.com");
        JsonNode view = Gateway.JSON.readTree(run.out());
        assertThat(view.path("customerId").asString()).isEqualTo("cust-003");
        assertThat(view.path("scores").path("orders").asInt()).isEqualTo(24);
    }

    @Test
    void unknownCustomerFailsWithAMessage() {
        CommandRun run = run(new CustomerCommand(), server(), "show", "zz-nobody-zz");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No customer matches");
    }

    @Test
    void customersListFiltersOnBothPaths() {
        for (String server : List.of(server(), NO_SERVER)) {
            CommandRun run = run(new CustomersCommand(), server, "list", "--filter", "orders >= 20", "--sort", "orders,desc");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("David Kim", "Sarah Chen", "LIFECYCLE").doesNotContain("Mike Johnson");
            CommandRun bad = run(new CustomersCommand(), server, "list", "--filter", "chrun > 1");
            assertThat(bad.exitCode()).isEqualTo(1);
            assertThat(bad.err()).contains("position", "churn");
        }
    }

    @Test
    void segmentsListAndSegmentShowOnBothPaths() {
        for (String server : List.of(server(), NO_SERVER)) {
            CommandRun list = run(new SegmentsCommand.Segments(), server, "list");
            assertThat(list.exitCode()).isZero();
            assertThat(list.out()).contains("BUSINESS_PROFESSIONAL", "MEMBERS");
            CommandRun show = run(new SegmentsCommand.Segment(), server, "show", "business_professional");
            assertThat(show.exitCode()).isZero();
            assertThat(show.out()).contains("Rule:", "members");
            CommandRun json = run(new SegmentsCommand.Segment(), server, "show", "--json", "BUSINESS_PROFESSIONAL");
            assertThat(Gateway.JSON.readTree(json.out()).path("stats").path("customers").asLong()).isPositive();
        }
    }

    @Test
    void analyzeModelsAndAskRunThroughTheServer() {
        CommandRun analyze = run(new AnalyzeCommand(), server(), "--json");
        assertThat(analyze.exitCode()).isZero();
        assertThat(Gateway.JSON.readTree(analyze.out()).path("state").asString()).isEqualTo("done");
        assertThat(Gateway.JSON.readTree(analyze.out()).path("done").asInt()).isEqualTo(100);
        CommandRun models = run(new ModelsCommand(), server());
        assertThat(models.exitCode()).isZero();
        assertThat(models.out()).contains("MBG/NBD", "Gamma-Gamma", "log-likelihood", "alpha", "±");
        CommandRun ask = run(new AskCommand(), server(), "Show", "me", "VIP", "customers");
        assertThat(ask.exitCode()).isZero();
        assertThat(ask.out()).contains("Sarah Chen", "lifecycle = \"VIP\"");
    }

    @Test
    void moneyAndDatesArePrintedInTheWorkspacesCurrencyLocaleAndTimeZoneOnBothPaths() {
        String euros = "cli-eur-" + UUID.randomUUID().toString().substring(0, 8);
        String key = com.scudo.support.TestAccounts.at(port).adminKey(euros);
        com.scudo.support.Api api = new com.scudo.support.Api(port, euros, key);
        assertThat(api.put("/api/v1/settings/reporting-currency", "{\"currency\": \"EUR\"}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/settings/locale", "{\"timeZone\": \"Europe/Berlin\", \"locale\": \"de-DE\"}")
                .status()).isEqualTo(200);
        assertThat(api.post("/api/v1/customers", "{\"id\": \"anke\", \"name\": \"Anke Vogel\"}").status()).isBetween(200, 201);
        assertThat(api.post("/api/v1/orders", "{\"id\": \"eur-o1\", \"customerId\": \"anke\", "
                + "\"orderedAt\": \"2026-11-02T10:00:00Z\", \"amount\": 1234.5}").status()).isBetween(200, 202);
        // half past midnight on 4 November in Berlin, still the 3rd in UTC: the order's day is the shop's
        assertThat(api.post("/api/v1/orders", "{\"id\": \"eur-o2\", \"customerId\": \"anke\", "
                + "\"orderedAt\": \"2026-11-03T23:30:00Z\", \"amount\": 10}").status()).isBetween(200, 202);
        // The live counters follow the order through the outbox; draining it now makes them current.
        assertThat(api.post("/api/v1/sync/replay", "{}").status()).isEqualTo(200);

        for (String server : List.of(server(), NO_SERVER)) {
            CommandRun run = CommandRun.of(new CustomerCommand(), List.of("show", "anke", CommandRun.TEST_DATA_DIR,
                    "--server", server, "--workspace", euros, "--api-key", key));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().replace('\u00a0', ' ')).as(server).contains("1.235 €").doesNotContain("$");
            assertThat(run.out()).as(server).contains("04.11.2026", "02.11.2026").doesNotContain("03.11.2026", "2026-11-0");
        }
    }

    private static void assertDavidKim(String out) {
        assertThat(out).contains("David Kim (cust-003)", "Kim & Partners Consulting", "24 orders", "$4,800",
                "Churn", "CLV", "[BUSINESS_PROFESSIONAL] (primary)", "Last orders", "Recommendations:");
        assertThat(out).as("moments in the shop's words, not raw instants").contains("(computed ")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
    }

    private static String sharedFirstName(JsonNode customers) {
        List<String> seen = new ArrayList<>();
        for (JsonNode c : customers) {
            String first = c.path("name").asString().split(" ")[0];
            if (seen.contains(first)) {
                return first;
            }
            seen.add(first);
        }
        throw new AssertionError("no two demo customers share a first name");
    }

    /** "Live ... last seen" and "computed" times are the same data read a moment apart. */
    private static String withoutTimes(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z?", "TIME");
    }

    private String server() {
        return "http://localhost:" + port;
    }

    private CommandRun run(Object command, String server, String... args) {
        return CommandRun.asAdmin(command, port, server, workspace, args);
    }
}
