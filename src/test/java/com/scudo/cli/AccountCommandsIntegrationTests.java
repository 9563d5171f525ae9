package com.scudo.cli;

import com.scudo.security.Role;
import com.scudo.security.UserAccounts;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.TestAccounts;
import com.scudo.support.WebUser;
import com.scudo.support.H2IntegrationTest;
import com.scudo.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static com.scudo.cli.CommandRun.NO_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

/** workspaces, users and api-keys commands through the running server (with an admin key) and on local stores. */
@H2IntegrationTest
class AccountCommandsIntegrationTests {
    private static final Function<List<String>, Gateways.LocalContext> REAL_STORES = Gateways.localStores;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccounts users;
    @Autowired
    Workspaces workspaces;

    String shop;
    String adminKey;

    @BeforeEach
    void shop() {
        shop = "cmd-" + UUID.randomUUID().toString().substring(0, 8);
        adminKey = TestAccounts.at(port).adminKey(shop);
        Gateways.localStores = args -> new Gateways.LocalContext(context, () -> { });
    }

    @AfterEach
    void restore() {
        Gateways.localStores = REAL_STORES;
    }

    @Test
    void anAdminKeyCreatesAReadKeyThatOnlyReads() {
        CommandRun created = run(new AccountCommands.ApiKeysCommand(), "", server(), "create", "--scope", "read", "--name", "reports");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String key = created.out().trim();
        assertThat(key).startsWith("scudo_").doesNotContain("\n");
        assertThat(created.err()).contains("shown only now");
        Api withKey = new Api(port, shop, key);
        assertThat(withKey.get("/api/v1/segments").status()).isEqualTo(200);
        assertThat(withKey.post("/api/v1/segments", "{\"name\":\"Nope\",\"rule\":\"orders >= 1\"}").status()).isEqualTo(403);

        CommandRun noKey = runWithKey(new AccountCommands.WorkspacesCommand(), null, "", server(), "list");
        assertThat(noKey.exitCode()).isEqualTo(1);
        assertThat(noKey.err()).contains("SCUDO_API_KEY");
    }

    @Test
    void workspacesAreCreatedAndListedThroughTheServerAndLocally() {
        CommandRun viaServer = run(new AccountCommands.WorkspacesCommand(), "", server(), "create", shop + "-two", "--name", "Two");
        assertThat(viaServer.exitCode()).as(viaServer.err()).isZero();
        assertThat(workspaces.exists(WorkspaceId.of(shop + "-two"))).isTrue();
        CommandRun duplicate = run(new AccountCommands.WorkspacesCommand(), "", server(), "create", shop + "-two");
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).contains("already exists");

        CommandRun local = run(new AccountCommands.WorkspacesCommand(), "", NO_SERVER, "create", shop + "-three");
        assertThat(local.exitCode()).as(local.err()).isZero();
        CommandRun list = run(new AccountCommands.WorkspacesCommand(), "", NO_SERVER, "list");
        assertThat(list.out()).contains(shop + "-two", shop + "-three", "Two");
        CommandRun bad = run(new AccountCommands.WorkspacesCommand(), "", NO_SERVER, "create", "Bad Id");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("lower-case");
    }

    @Test
    void theReportingCurrencyIsSetBeforeTheFirstOrderAndThenStays() {
        CommandRun shown = run(new AccountCommands.WorkspacesCommand(), "", server(), "currency");
        assertThat(shown.out().trim()).as(shown.err()).isEqualTo("USD");
        CommandRun set = run(new AccountCommands.WorkspacesCommand(), "", server(), "currency", "eur");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out().trim()).isEqualTo("EUR");
        CommandRun unknown = run(new AccountCommands.WorkspacesCommand(), "", server(), "currency", "XXZ");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("XXZ");

        Api api = new Api(port, shop, adminKey);
        assertThat(api.post("/api/v1/customers", "{\"id\": \"c\", \"name\": \"C\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/orders", "{\"id\": \"c-1\", \"customerId\": \"c\","
                + " \"orderedAt\": \"2026-05-01T10:00:00Z\", \"amount\": 30}").status()).isEqualTo(201);
        CommandRun late = run(new AccountCommands.WorkspacesCommand(), "", server(), "currency", "GBP");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("can no longer change");
        assertThat(run(new AccountCommands.WorkspacesCommand(), "", NO_SERVER, "currency").out().trim()).isEqualTo("EUR");
    }

    @Test
    void usersCreateReadsThePasswordFromStandardInputBothWays() {
        String remoteName = "cli-" + UUID.randomUUID().toString().substring(0, 6);
        CommandRun remote = run(new AccountCommands.UsersCommand(), "a-cli-password-1\n", server(), "create", remoteName, "--role", "analyst");
        assertThat(remote.exitCode()).as(remote.err()).isZero();
        assertThat(users.find(remoteName).orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(new WebUser(port).signIn(remoteName, "a-cli-password-1")).isEqualTo("/");

        String localName = "cli-" + UUID.randomUUID().toString().substring(0, 6);
        CommandRun local = run(new AccountCommands.UsersCommand(), "a-cli-password-2\n", NO_SERVER, "create", localName, "--role", "viewer");
        assertThat(local.exitCode()).as(local.err()).isZero();
        assertThat(users.find(localName).orElseThrow().workspaces()).containsExactly(WorkspaceId.of(shop));

        CommandRun shortPassword = run(new AccountCommands.UsersCommand(), "short\n", NO_SERVER, "create", localName + "x", "--role", "viewer");
        assertThat(shortPassword.exitCode()).isEqualTo(1);
        assertThat(shortPassword.err()).contains("10");
    }

    private String server() {
        return "http://localhost:" + port;
    }

    private CommandRun run(Object command, String stdin, String server, String... args) {
        return runWithKey(command, adminKey, stdin, server, args);
    }

    private CommandRun runWithKey(Object command, String key, String stdin, String server, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(CommandRun.TEST_DATA_DIR, "--server", server, "--workspace", shop));
        if (key != null) {
            all.addAll(List.of("--api-key", key));
        }
        return CommandRun.of(command, stdin, all);
    }
}
