package com.scudo.cli;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.H2IntegrationTest;
import com.scudo.support.MovableClock;
import com.scudo.support.PinnedClock;
import com.scudo.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze} without {@code --as-of} scores as of today where the shop is: the product's clock read in the
 * workspace's time zone, not the machine's date or UTC's. The clock is pinned to an evening in UTC that is already the
 * next morning in Auckland, on both paths (through the server and on the stores opened here).
 */
@H2IntegrationTest
@Import(PinnedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzeDateIntegrationTests {
    /** 20:00 on 30 June in UTC is 08:00 on 1 July in Auckland (UTC+12 in winter). */
    private static final Instant NOW = Instant.parse("2026-06-30T20:00:00Z");
    private static final String SHOP_TODAY = "2026-07-01";
    private static final String NO_SERVER = "http://127.0.0.1:9";
    private static final Function<List<String>, Gateways.LocalContext> REAL_STORES = Gateways.localStores;

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    ApplicationContext context;
    @Autowired
    MovableClock clock;

    String workspace;

    @BeforeAll
    void shopInAuckland() {
        clock.set(NOW);
        workspace = "akl-" + UUID.randomUUID().toString().substring(0, 8);
        demo.load(WorkspaceId.of(workspace), 0, 42);
        Api api = new Api(port, workspace);
        assertThat(api.put("/api/v1/settings/locale", "{\"timeZone\": \"Pacific/Auckland\", \"locale\": \"en-NZ\"}")
                .status()).isEqualTo(200);
        Gateways.localStores = args -> new Gateways.LocalContext(context, () -> { });
    }

    @AfterAll
    void restoreStores() {
        Gateways.localStores = REAL_STORES;
    }

    @Test
    void aRunWithoutADateIsAsOfTheShopsTodayOnBothPaths() {
        for (String server : List.of(server(), NO_SERVER)) {
            CommandRun run = analyze(server, "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Gateway.JSON.readTree(run.out()).path("asOf").asString()).as(server).isEqualTo(SHOP_TODAY);
        }
    }

    @Test
    void theShopsTodayMayBeAskedForAndTomorrowIsRefusedNamingTheZone() {
        for (String server : List.of(server(), NO_SERVER)) {
            CommandRun today = analyze(server, "--json", "--as-of", SHOP_TODAY);
            assertThat(today.exitCode()).as(today.err()).isZero();
            assertThat(Gateway.JSON.readTree(today.out()).path("asOf").asString()).isEqualTo(SHOP_TODAY);

            CommandRun tomorrow = analyze(server, "--as-of", "2026-07-02");
            assertThat(tomorrow.exitCode()).as(server).isEqualTo(1);
            assertThat(tomorrow.out()).isEmpty();
            assertThat(tomorrow.err()).contains("must not be in the future", SHOP_TODAY, "Pacific/Auckland");
        }
    }

    private String server() {
        return "http://localhost:" + port;
    }

    private CommandRun analyze(String server, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(CommandRun.TEST_DATA_DIR, "--server", server, "--workspace", workspace,
                "--api-key", TestAccounts.at(port).adminKey(workspace)));
        return CommandRun.of(new AnalyzeCommand(), all);
    }
}
