package com.scudo.dashboard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.scudo.analytics.AnalyticsRuns;
import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportJob;
import com.scudo.imports.ImportRequest;
import com.scudo.imports.ImportService;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.BrowserSession;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Predictions page on a shop large enough for the holdout check: the CDNOW 1/10 sample (2,357 customers,
 * January 1997 to June 1998), imported through the CDNOW importer and analysed as of its last day. The plots
 * must show the report's figures, and the orders that came must be the ones in the file.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelReportBrowserTests {
    private static final LocalDate AS_OF = LocalDate.of(1998, 6, 30);

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    AnalyticsRuns analytics;
    WorkspaceId workspace;
    BrowserSession browser;
    Path sample;

    @BeforeAll
    void importCdnowAndAnalyse(@TempDir Path folder) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")),
                "Skipping the browser tests: /usr/bin/chromium is missing (scripts/test installs it)");
        workspace = WorkspaceId.of("model-" + UUID.randomUUID().toString().substring(0, 8));
        sample = folder.resolve("CDNOW_sample.txt");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/cdnow/CDNOW_sample.txt"))) {
            Files.copy(in, sample);
        }
        ImportJob job = imports.importFile(new ImportRequest(workspace, ImportFormat.CDNOW, sample), done -> { });
        assertThat(job.state()).isEqualTo("completed");
        assertThat(analytics.runNow(workspace, AS_OF).state()).isEqualTo("done");
        browser = BrowserSession.signedIn(port, workspace);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCalibrationPlotsShowTheShopsOwnHoldout() throws IOException {
        JsonNode report = new Api(port, workspace.value()).get("/api/v1/analytics/model-report").json();
        assertThat(report.path("checked").asBoolean()).as("2,357 customers and 78 weeks are enough for the check").isTrue();
        int holdoutWeeks = report.path("holdoutWeeks").asInt();
        // a third of the history (1 January 1997 to 30 June 1998: 77 whole weeks), at most 26 weeks
        assertThat(holdoutWeeks).isEqualTo(Math.min(26, (int) (AS_OF.toEpochDay() - LocalDate.of(1997, 1, 1).toEpochDay()) / 7 / 3));
        LocalDate calibrationEnd = LocalDate.parse(report.path("calibrationEnd").asString());
        assertThat(calibrationEnd).isEqualTo(AS_OF.minusWeeks(holdoutWeeks));
        Holdout holdout = Holdout.count(sample, calibrationEnd, AS_OF);

        Page page = new PageOpener(browser).open(url("/model"));
        assertThat(page.locator("#choice-h").textContent()).isEqualTo(report.path("chosen").asString() + " predicts your customers");
        assertThat(page.locator("#model-headline").textContent()).isEqualTo(report.path("headline").asString())
                .contains(String.format("%,d came", holdout.repeatOrders()));
        assertThat(page.locator("#model-candidates tbody tr").count()).isEqualTo(3);
        assertThat(page.locator("#model-candidates tbody tr").first().textContent()).contains(report.path("chosen").asString() + " (chosen)");
        theChurnLogLossesAreShownWithTheirComparison(page, report);

        // cumulative repeat orders per week: the plotted lines are the report's, and the actual line ends at the file's count
        page.locator("#weekly-chart[data-drawn] svg").first().waitFor();
        List<Double> predicted = series(page, "#weekly-chart", 0);
        List<Double> actual = series(page, "#weekly-chart", 1);
        JsonNode weeks = report.path("weeks");
        assertThat(predicted).hasSize(holdoutWeeks);
        assertThat(actual).hasSize(holdoutWeeks);
        for (int k = 0; k < holdoutWeeks; k++) {
            assertThat(predicted.get(k)).isCloseTo(weeks.get(k).path("expected").asDouble(), within(1e-6));
            assertThat(actual.get(k)).isEqualTo(weeks.get(k).path("actual").asDouble());
            if (k > 0) {
                assertThat(predicted.get(k)).isGreaterThan(predicted.get(k - 1));
                assertThat(actual.get(k)).isGreaterThanOrEqualTo(actual.get(k - 1));
            }
        }
        assertThat(actual.get(holdoutWeeks - 1)).isEqualTo((double) holdout.repeatOrders());
        assertThat(predicted.get(holdoutWeeks - 1)).as("the chosen model is within a fifth of what came")
                .isCloseTo(holdout.repeatOrders(), within(0.2 * holdout.repeatOrders()));

        // conditional expectations by past repeat orders: customers per group and their holdout orders from the file
        page.locator("#past-orders-chart[data-drawn] svg").first().waitFor();
        List<Double> predictedPerCustomer = series(page, "#past-orders-chart", 0);
        List<Double> actualPerCustomer = series(page, "#past-orders-chart", 1);
        JsonNode rows = report.path("byPastOrders");
        assertThat(rows.size()).isEqualTo(8);
        assertThat(predictedPerCustomer).hasSize(rows.size());
        int customers = 0;
        for (int g = 0; g < rows.size(); g++) {
            JsonNode row = rows.get(g);
            customers += row.path("customers").asInt();
            assertThat(row.path("customers").asInt()).isEqualTo(holdout.customersByGroup()[g]);
            double fromFile = holdout.ordersByGroup()[g] / (double) holdout.customersByGroup()[g];
            assertThat(actualPerCustomer.get(g)).isCloseTo(fromFile, within(0.0005));
            assertThat(predictedPerCustomer.get(g)).isCloseTo(row.path("expectedPerCustomer").asDouble(), within(1e-6));
        }
        assertThat(customers).isEqualTo(2357);
        // customers who had bought more were expected to, and did, buy more
        assertThat(predictedPerCustomer.get(7)).isGreaterThan(predictedPerCustomer.get(1)).isGreaterThan(predictedPerCustomer.get(0));
        assertThat(actualPerCustomer.get(7)).isGreaterThan(actualPerCustomer.get(0));
        assertThat(page.locator("#past-orders li").count()).isEqualTo(rows.size());
        assertThat(page.locator("#past-orders li").first().textContent())
                .startsWith(String.format("%,d customers with 0 repeat orders before", holdout.customersByGroup()[0]));
        assertThat(page.locator("#model-parameters tbody tr").count()).isEqualTo(4);
        BrowserSession.screenshot(page, "model-report-cdnow");

        Page phone = new PageOpener(browser).openPhone(url("/model"));
        phone.locator("#weekly-chart[data-drawn] svg").first().waitFor();
        assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a phone").isTrue();
        BrowserSession.screenshot(phone, "model-report-cdnow-phone");
    }

    /**
     * Each candidate's holdout churn log-loss and Brier score: in the API, the chosen one's log-loss the lowest (that is
     * the rule), shown in the table to three decimals and in the sentence beside it, which names the others' figures.
     */
    private static void theChurnLogLossesAreShownWithTheirComparison(Page page, JsonNode report) {
        JsonNode candidates = report.path("candidates");
        assertThat(report.path("choiceRule").asString()).contains("lowest log-loss");
        assertThat(page.locator("#choice-rule").textContent()).contains(report.path("choiceRule").asString());
        // 2,357 customers are checked whole: the report says how many and has no sample sentence
        assertThat(report.path("calibrationCustomers").asInt()).isEqualTo(report.path("customers").asInt()).isPositive();
        assertThat(report.path("checkSample").isNull() || report.path("checkSample").isMissingNode()).isTrue();
        assertThat(page.locator("#check-sample").count()).isZero();
        double chosenLoss = candidates.get(0).path("churnLogLoss").asDouble();
        assertThat(candidates.get(0).path("model").asString()).isEqualTo(report.path("chosen").asString());
        for (int i = 0; i < candidates.size(); i++) {
            JsonNode c = candidates.get(i);
            double loss = c.path("churnLogLoss").asDouble();
            double brier = c.path("churnBrier").asDouble();
            // a coin toss scores ln 2 and 0.25; a model that learnt anything from 2,357 customers does better
            assertThat(loss).as("log-loss of %s", c.path("model").asString()).isGreaterThan(0).isLessThan(Math.log(2))
                    .isGreaterThanOrEqualTo(chosenLoss);
            assertThat(brier).isGreaterThan(0).isLessThan(0.25);
            Locator row = page.locator("#model-candidates tbody tr").nth(i);
            assertThat(row.getAttribute("data-model")).isEqualTo(c.path("model").asString());
            assertThat(row.locator(".log-loss").textContent()).isEqualTo(String.format(Locale.US, "%.3f", loss));
            assertThat(row.locator(".brier").textContent()).isEqualTo(String.format(Locale.US, "%.3f", brier));
            String sentence = page.locator("#churn-comparison li[data-model='" + c.path("model").asString() + "'] span").textContent();
            assertThat(sentence).isEqualTo(c.path("churnInWords").asString())
                    .contains(String.format(Locale.US, "log-loss %.3f against", loss))
                    .contains(i == 0 ? "the closest of the three" : "for " + report.path("chosen").asString() + " (the chosen model)");
            for (int j = 0; j < candidates.size(); j++) {
                if (j != i) {
                    assertThat(sentence).contains(String.format(Locale.US, "%.3f for %s",
                            candidates.get(j).path("churnLogLoss").asDouble(), candidates.get(j).path("model").asString()));
                }
            }
        }
    }

    /** The values the chart library draws for a series, read back from the drawn chart. */
    @SuppressWarnings("unchecked")
    private static List<Double> series(Page page, String chart, int index) {
        List<Object> values = (List<Object>) page.evaluate("([selector, i]) => window.echarts.getInstanceByDom("
                + "document.querySelector(selector)).getOption().series[i].data", List.of(chart, index));
        List<Double> numbers = new ArrayList<>();
        for (Object v : values) {
            numbers.add(((Number) v).doubleValue());
        }
        return numbers;
    }

    private String url(String path) {
        return "http://localhost:" + port + path + "?workspace=" + workspace.value();
    }

    /** Opens pages with a long first timeout: the first visit compiles templates on a busy machine. */
    private record PageOpener(BrowserSession browser) {
        Page open(String url) {
            Page page = browser.page(false);
            page.navigate(url, new Page.NavigateOptions().setTimeout(120_000));
            return page;
        }

        Page openPhone(String url) {
            Page page = browser.page(true);
            page.navigate(url, new Page.NavigateOptions().setTimeout(120_000));
            return page;
        }
    }

    /**
     * Counted straight from the file, as the models see it (orders of one day are one purchase): repeat
     * purchase days in the holdout, and per group of past repeat purchase days (0 .. 6, 7 or more) the
     * customers and their holdout purchase days.
     */
    private record Holdout(int repeatOrders, int[] customersByGroup, int[] ordersByGroup) {
        static Holdout count(Path file, LocalDate calibrationEnd, LocalDate end) throws IOException {
            Map<String, TreeSet<LocalDate>> days = new HashMap<>();
            for (String line : Files.readAllLines(file)) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 3) {
                    days.computeIfAbsent(f[0], k -> new TreeSet<>()).add(LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE));
                }
            }
            int total = 0;
            int[] customers = new int[8];
            int[] orders = new int[8];
            for (TreeSet<LocalDate> customerDays : days.values()) {
                int before = (int) customerDays.stream().filter(d -> !d.isAfter(calibrationEnd)).count() - 1;
                int after = (int) customerDays.stream().filter(d -> d.isAfter(calibrationEnd) && !d.isAfter(end)).count();
                int group = Math.min(before, 7);
                customers[group]++;
                orders[group] += after;
                total += after;
            }
            return new Holdout(total, customers, orders);
        }
    }
}
