package com.scudo.cli;

import com.scudo.support.H2IntegrationTest;
import com.scudo.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import FILE --analyze}: the analytics run follows the import, so the 360 views include it at once. */
@H2IntegrationTest
class ImportCommandIntegrationTests {
    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    @Test
    void analyzeRunsTheAnalyticsAfterTheImport() throws Exception {
        String workspace = "cli-import-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = folder.resolve("shop.csv");
        Files.copy(Path.of("src/test/resources/imports/shopify-orders.csv"), file);
        String key = TestAccounts.at(port).adminKey(workspace);
        List<String> server = List.of(CommandRun.TEST_DATA_DIR, "--server", "http://localhost:" + port, "--workspace", workspace, "--api-key", key);

        CommandRun plain = CommandRun.of(new ImportCommand(), concat(List.of(file.toString(), "--format", "shopify"), server));
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("Imported").contains("Hint: run `analyze --workspace " + workspace + "`")
                .doesNotContain("Run ");

        Files.writeString(file, Files.readString(file).replace("#1002,", "#1002b,")); // one new order
        CommandRun analysed = CommandRun.of(new ImportCommand(),
                concat(List.of(file.toString(), "--format", "shopify", "--analyze"), server));
        assertThat(analysed.exitCode()).as(analysed.err()).isZero();
        assertThat(analysed.out()).contains("1 new").doesNotContain("Hint").containsPattern("Run \\S+ as of \\S+: done");
    }

    @Test
    void anImportThatRejectsEveryRowExitsWithOneAndSaysWhy() throws Exception {
        String workspace = "cli-import-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = folder.resolve("not-cdnow.csv");
        Files.copy(Path.of("src/test/resources/imports/shopify-orders.csv"), file);
        String key = TestAccounts.at(port).adminKey(workspace);

        CommandRun run = CommandRun.of(new ImportCommand(), List.of(file.toString(), "--format", "cdnow",
                CommandRun.TEST_DATA_DIR, "--server", "http://localhost:" + port, "--api-key", key));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("The import failed", "every row", "is this a cdnow file?", "not-cdnow.errors.csv");
        assertThat(folder.resolve("not-cdnow.errors.csv")).exists();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
