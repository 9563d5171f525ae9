package com.scudo.imports;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import com.scudo.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real import process (kill -9) part-way through, with DynamoDB Local on disk and an H2 file
 * database, runs the same command again and checks that both stores hold every order exactly once.
 */
class ImportKillAndResumeIntegrationTests {
    private static final int ORDERS = 2000; // the kill comes at 300 rows: the rest only has to outlast it
    private static final Pattern PROGRESS = Pattern.compile("\\] ([\\d,]+)/[\\d,]+ rows");

    @TempDir
    Path dir;

    @Test
    void killedImportResumesWithoutLossOrDuplicates() throws Exception {
        Path file = dir.resolve("orders.csv");
        BigDecimal total = writeOrders(file);

        Process first = start(file);
        long seenBeforeKill = waitForProgress(first, 300);
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isNotZero();
        assertThat(seenBeforeKill).isLessThan(ORDERS);

        long committed = scalar("select last_line from import_jobs");
        assertThat(committed).isBetween(1L, (long) ORDERS); // something was committed, not everything

        Process second = start(file);
        Thread errors = new Thread(() -> {
            try {
                drain(second.getErrorStream()); // read alongside, so a full pipe never stops the import
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        errors.start();
        String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        errors.join();
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(out).isZero();
        assertThat(out).contains("Resumed and imported");

        assertThat(scalar("select count(*) from import_jobs")).isEqualTo(1);
        assertThat(scalar("select rows_done from import_jobs")).isEqualTo(ORDERS);
        // A chunk cut off between the two stores is completed on the re-run and counted as updated.
        assertThat(scalar("select created + updated + unchanged from import_jobs")).isEqualTo(ORDERS);
        assertThat(scalar("select rejected from import_jobs")).isZero();
        assertThat(scalar("select count(*) from order_facts")).isEqualTo(ORDERS);
        assertThat(scalar("select count(distinct order_id) from order_facts")).isEqualTo(ORDERS);
        assertThat(scalar("select count(*) from customer_dim")).isEqualTo(ORDERS / 10);

        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(dir.resolve("dynamodb/operational.db").toFile(), true);
        try {
            DynamoDbClient dynamo = local.dynamoDbClient();
            assertThat(scan(dynamo, "orders")).hasSize(ORDERS);
            assertThat(scan(dynamo, "customers")).hasSize(ORDERS / 10);
            long counted = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            for (Map<String, AttributeValue> item : scan(dynamo, "realtime_metrics")) {
                if (item.get("metric_key").s().startsWith("CUSTOMER#")) {
                    counted += Long.parseLong(item.get("orders").n());
                    revenue = revenue.add(new BigDecimal(item.get("revenue").n()));
                }
            }
            assertThat(counted).isEqualTo(ORDERS);
            assertThat(revenue).isEqualByComparingTo(total);
        } finally {
            local.shutdown();
        }
    }

    private Process start(Path file) throws IOException {
        List<String> command = ChildJvm.command("512m", "com.scudo.cli.ScudoCli");
        command.addAll(List.of("import", file.toString(), "--format", "scudo-orders", "--workspace", "killed",
                "--server", "http://127.0.0.1:9", "--scudo.dynamodb.mode=embedded",
                "--scudo.dynamodb.data-dir=" + dir.resolve("dynamodb"), "--spring.datasource.url=" + h2Url(),
                "--scudo.imports.chunk-size=100"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("DDB_LOCAL_TELEMETRY", "0");
        return builder.start();
    }

    /** Reads the progress bar until it shows at least {@code rows} rows done. */
    private static long waitForProgress(Process process, long rows) throws IOException {
        InputStream err = process.getErrorStream();
        StringBuilder text = new StringBuilder();
        int ch;
        while ((ch = err.read()) >= 0) {
            text.append((char) ch);
            if (ch == 's' && text.toString().endsWith(" rows")) {
                Matcher m = PROGRESS.matcher(text);
                long last = -1;
                while (m.find()) {
                    last = Long.parseLong(m.group(1).replace(",", ""));
                }
                if (last >= rows) {
                    return last;
                }
            }
        }
        throw new AssertionError("the import ended before showing progress: " + text);
    }

    private static void drain(InputStream in) throws IOException {
        in.readAllBytes();
    }

    private String h2Url() {
        return "jdbc:h2:file:" + dir.resolve("h2/analytics").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    private long scalar(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(h2Url(), "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Map<String, AttributeValue>> scan(DynamoDbClient dynamo, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(table);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse response = dynamo.scan(request.build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private static BigDecimal writeOrders(Path file) throws IOException {
        BigDecimal total = BigDecimal.ZERO;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("order_id,customer_id,ordered_at,amount,channel\n");
            for (int i = 1; i <= ORDERS; i++) {
                BigDecimal amount = BigDecimal.valueOf(1000 + (i * 37L) % 9000, 2);
                total = total.add(amount);
                out.write("o-" + i + ",c-" + (1 + i % (ORDERS / 10)) + ",2025-0" + (1 + i % 9) + "-1" + (i % 10)
                        + "T10:00:00Z," + amount.toPlainString() + ",web\n");
            }
        }
        return total;
    }
}
