package com.scudo.cli;

import com.scudo.ingest.CustomerCommand.Preferences;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.OrderCommand;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static com.scudo.cli.CommandRun.NO_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

/** customer export-data, customer erase and audit, through the server and on the stores opened here. */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyCommandsIntegrationTests {
    private static final Function<List<String>, Gateways.LocalContext> REAL_STORES = Gateways.localStores;

    @LocalServerPort
    int port;
    @Autowired
    IngestService ingest;
    @Autowired
    ApplicationContext context;

    String workspace;

    @BeforeAll
    void oneCustomerWithAnOrder() {
        workspace = "cli-privacy-" + UUID.randomUUID().toString().substring(0, 8);
        WorkspaceId target = WorkspaceId.of(workspace);
        ingest.upsertCustomer(target, new com.scudo.ingest.CustomerCommand("cp-1", "Carla Pietro", "carla@pietro-example.org",
                null, null, "Turin", null, "IT", new Preferences("store", List.of(), false, false), List.of(), null));
        ingest.recordOrder(target, new OrderCommand("cp-1-o1", "cp-1", "2026-01-05", new BigDecimal("42.00"), "EUR",
                null, "store", List.of(), List.of()));
        ingest.replayPending(); // both stores hold it before the commands look
        Gateways.localStores = args -> new Gateways.LocalContext(context, () -> { });
    }

    @AfterAll
    void restoreStores() {
        Gateways.localStores = REAL_STORES;
    }

    @Test
    void exportsErasesAndShowsTheAuditLog() {
        CommandRun export = run(new CustomerCommand(), NO_SERVER, "export-data", "cp-1");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).contains("carla@pietro-example.org").contains("cp-1-o1").contains("order_facts");

        CommandRun unconfirmed = run(new CustomerCommand(), server(), "erase", "cp-1");
        assertThat(unconfirmed.exitCode()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("--yes");

        CommandRun erase = run(new CustomerCommand(), server(), "erase", "cp-1", "--yes");
        assertThat(erase.exitCode()).isZero();
        assertThat(erase.out()).contains("Customer cp-1 erased");
        CommandRun again = run(new CustomerCommand(), NO_SERVER, "erase", "cp-1", "--yes");
        assertThat(again.out()).isEqualTo(erase.out());

        CommandRun gone = run(new CustomerCommand(), server(), "export-data", "cp-1");
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.err()).contains("Nothing is held about customer cp-1");

        CommandRun audit = run(new AuditCommand(), server(), "--action", "customer.erased");
        assertThat(audit.exitCode()).isZero();
        // Who acted depends on the way each command went (server: the web caller; here: cli:<os user>), which a
        // busy machine can change when the health check is slow: the REST scenarios check the actor itself.
        assertThat(audit.out()).contains("customer.erased").contains("customer cp-1").contains("erased: ")
                .doesNotContain("Carla").doesNotContain("pietro-example");
        CommandRun exports = run(new AuditCommand(), NO_SERVER, "--action", "customer.data_exported", "--json");
        assertThat(exports.out()).contains("subjectId").contains("\"cp-1\"");
    }

    private String server() {
        return "http://localhost:" + port;
    }

    private CommandRun run(Object command, String server, String... args) {
        return CommandRun.asAdmin(command, port, server, workspace, args);
    }
}
