package com.scudo.cli;

import com.scudo.support.Api;
import com.scudo.support.H2IntegrationTest;
import com.scudo.support.TestAccounts;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.scudo.cli.CommandRun.NO_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What scripts rely on: the answer alone on standard output (logs on standard error, also while the stores start
 * here), the first API key made while the server runs, and no word sent to a server that is not this
 * installation's.
 */
@H2IntegrationTest
class CommandLineContractIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path dataDir;

    @Test
    void theFirstKeyIsMadeWhileTheServerRunsWithTheLocalAdminToken() {
        String shop = "first-key-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.at(port).adminKey(shop); // registers the workspace
        CommandRun created = CommandRun.of(new AccountCommands.ApiKeysCommand(), List.of("create", "--scope", "admin",
                "--workspace", shop, "--server", "http://localhost:" + port, CommandRun.TEST_DATA_DIR));
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).matches("scudo_\\S+\\R");
        assertThat(new Api(port, shop, created.out().trim()).get("/api/v1/segments").status()).isEqualTo(200);

        CommandRun elsewhere = CommandRun.of(new AccountCommands.ApiKeysCommand(), List.of("create", "--scope", "admin",
                "--workspace", shop, "--server", "http://localhost:" + port, "--scudo.data-dir=" + dataDir));
        assertThat(elsewhere.exitCode()).isEqualTo(1);
        assertThat(elsewhere.err()).contains("Refusing", "not of " + dataDir);
        assertThat(elsewhere.out()).isEmpty();
    }

    @Test
    void aServerThatIsNotThisInstallationHearsNoPasswordAndNoKey() throws IOException {
        List<String> heard = new CopyOnWriteArrayList<>();
        HttpServer impostor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        impostor.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            heard.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            byte[] answer = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        impostor.start();
        try {
            CommandRun run = CommandRun.of(new AccountCommands.UsersCommand(), "a-secret-password-1\n", List.of("create",
                    "owner", "--role", "admin", "--api-key", "scudo_secret", "--server",
                    "http://127.0.0.1:" + impostor.getAddress().getPort(), CommandRun.TEST_DATA_DIR));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("Refusing", "does not answer as a Scudo server");
            assertThat(heard).hasSize(1).allSatisfy(request -> assertThat(request)
                    .startsWith("GET /api/v1/installation null").doesNotContain("a-secret-password-1", "scudo_secret"));
        } finally {
            impostor.stop(0);
        }
    }

    @Test
    void commandsOnTheStoresOpenedHerePrintOnlyTheirAnswer() {
        List<String> here = List.of("--server", NO_SERVER, "--scudo.data-dir=" + dataDir, "--scudo.dynamodb.mode=in-memory");
        CommandRun workspace = CommandRun.of(new AccountCommands.WorkspacesCommand(), concat(List.of("create", "shop"), here));
        assertThat(workspace.exitCode()).as(workspace.err()).isZero();
        assertThat(workspace.err()).as("the stores' start-up logs went to standard error").containsPattern(CommandRun.LOG_LINE);

        CommandRun key = CommandRun.of(new AccountCommands.ApiKeysCommand(),
                concat(List.of("create", "--scope", "read", "--workspace", "shop"), here));
        assertThat(key.exitCode()).as(key.err()).isZero();
        assertThat(key.out()).matches("scudo_\\S+\\R");
        assertThat(key.err()).contains("shown only now");

        CommandRun models = CommandRun.of(new ModelsCommand(), concat(List.of("--json", "--workspace", "shop"), here));
        assertThat(models.exitCode()).as(models.err()).isZero();
        assertThat(Gateway.JSON.readTree(models.out()).isArray()).as(models.out()).isTrue();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
