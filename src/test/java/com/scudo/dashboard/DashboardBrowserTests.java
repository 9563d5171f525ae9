package com.scudo.dashboard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.scudo.analytics.AnalyticsRuns;
import com.scudo.customer360.Customer360;
import com.scudo.customer360.Customer360Views;
import com.scudo.customer360.Overview;
import com.scudo.dashboard.internal.TodayFeed;
import com.scudo.demo.DemoData;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.OrderCommand;
import com.scudo.recommendation.Recommendation;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.Recommendations;
import com.scudo.segment.SegmentId;
import com.scudo.segment.Segments;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.BrowserSession;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a merchant sees in a real browser (Debian's Chromium, headless) on the demo shop: the overview with its
 * live counters, the filtered customer list, Mike Johnson's 360 page, segments, and the assistant.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTests {
    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    Customer360Views views;
    @Autowired
    Recommendations recommendations;
    @Autowired
    IngestService ingest;
    @Autowired
    TodayFeed today;
    @Autowired
    Segments segments;
    @Autowired
    AnalyticsRuns analytics;

    WorkspaceId workspace;
    BrowserSession browser;

    @BeforeAll
    void startBrowserAndLoadDemoShop() {
        workspace = WorkspaceId.of("web-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 90, 42);
        // A second snapshot a quarter back, so segments have a trend and a migration; today's run stays the last.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(analytics.runNow(workspace, today.minusDays(90)).state()).isEqualTo("done");
        assertThat(analytics.runNow(workspace, today).state()).isEqualTo("done");
        browser = BrowserSession.signedIn(port, workspace);
        browser.warmUp(false, "/segments", "/");
    }

    @AfterAll
    void stopBrowser() {
        BrowserSession.close(browser);
    }

    /**
     * The Predictions page says which model scores the shop and why, as the model report API does, with the chosen
     * model's parameters and their ranges. The demo shop is too small for the holdout check, so the page says that.
     */
    @Test
    void theModelReportSaysWhichModelPredictsAndWhy() {
        JsonNode report = new Api(port, workspace.value()).get("/api/v1/analytics/model-report").json();
        Page page = browser.page(false);
        page.navigate(browser.url("/model"));

        assertThat(page.locator("#choice-h").textContent()).isEqualTo(report.path("chosen").asString() + " predicts your customers");
        assertThat(page.locator("#model-headline").textContent()).isEqualTo(report.path("headline").asString())
                .contains("MBG/NBD, the default, drives the scores");
        // the fallback states the rule a larger shop would be chosen by, and there is no churn comparison to show
        assertThat(report.path("choiceRule").asString()).contains("500 customers", "the lowest log-loss");
        assertThat(page.locator("#choice-rule").textContent()).isEqualTo("How the model is chosen: " + report.path("choiceRule").asString());
        assertThat(page.locator("#churn-comparison li").count()).isZero();
        assertThat(page.locator("#model-parameters tbody tr").count()).isEqualTo(4);
        assertThat(page.locator("#model-parameters tbody tr").first().textContent()).contains("r").contains("–");
        assertThat(page.locator("nav a[aria-current=page]").textContent()).isEqualTo("Predictions");
        BrowserSession.screenshot(page, "model-report");
    }

    @Test
    void overviewShowsTheKpisAndTodaysOrdersArriveLive() throws InterruptedException {
        Overview overview = views.overview(workspace);
        Page page = browser.page(false);
        page.navigate(browser.url("/"));

        assertThat(page.title()).contains("Scudo Customer 360");
        assertThat(page.locator("[data-kpi=customers] .kpi-value").textContent())
                .isEqualTo(String.format("%,d", overview.customers()));
        assertThat(page.locator("[data-kpi=revenue-at-risk] .kpi-value").textContent()).startsWith("$").isNotEqualTo("$0");
        assertThat(page.locator("[data-kpi=average-churn] .kpi-value").textContent()).endsWith("%");
        page.locator(".chart[data-drawn] svg").first().waitFor();
        assertThat(page.locator(".chart[data-drawn]").count()).isEqualTo(3);
        JsonNode trend = new Api(port, workspace.value()).get("/api/v1/overview").json().path("trend");
        assertThat(page.locator("#trend-summary").textContent()).isEqualTo(trend.path("summary").path("sentence").asString())
                .startsWith("Revenue in the last 12 months: $");
        assertThat(page.locator("#trend-table tbody tr").count()).isEqualTo(trend.path("periods").size());
        JsonNode latest = trend.path("periods").get(trend.path("periods").size() - 1);
        assertThat(page.locator("#trend-table tbody tr").first().getAttribute("data-period"))
                .isEqualTo(latest.path("start").asString());
        assertThat(page.locator("#trend-table tbody tr td").nth(1).textContent())
                .isEqualTo(String.format("%,d", latest.path("orders").asLong()));
        assertThat(page.locator("#at-risk tbody tr").count()).isPositive();
        assertThat(page.locator("[aria-label='Customers and spend per segment']").getAttribute("data-chart"))
                .contains("At risk").doesNotContain("\"null\"");

        int ordersBefore = Integer.parseInt(page.locator("#today-orders").textContent().trim());
        waitForSubscriber();
        ingest.recordOrder(workspace, new OrderCommand("live-" + UUID.randomUUID(), "cust-008", Instant.now().toString(),
                new BigDecimal("42.00"), "USD", null, "web", List.of(), List.of()));
        page.waitForFunction("n => document.getElementById('today-orders').textContent.trim() === String(n)",
                ordersBefore + 1);
        BrowserSession.screenshot(page, "overview");

        Page phone = browser.page(true);
        phone.navigate(browser.url("/"));
        phone.locator(".chart[data-drawn] svg").first().waitFor();
        BrowserSession.screenshot(phone, "overview-phone");
    }

    @Test
    void aFilterNarrowsTheCustomerTableAndAMistakeIsPointedOut() {
        Page page = browser.page(false);
        page.navigate(browser.url("/customers"));
        Locator rows = page.locator("#customer-table tbody tr");
        int everyone = rows.count();
        assertThat(everyone).isGreaterThan(10);

        page.locator("#filter").fill("lifecycle = \"VIP\"");
        page.locator("#filter-form button[type=submit]").click();
        page.waitForFunction("n => document.querySelectorAll('#customer-table tbody tr').length < n", everyone);
        int vips = rows.count();
        assertThat(vips).isPositive().isLessThan(everyone);
        assertThat(page.locator("#customer-table tbody tr td:nth-child(2)").allTextContents()).containsOnly("VIP");
        assertThat(page.locator("#customer-table").textContent()).contains("Sarah Chen");
        assertThat(page.url()).contains("filter=");

        page.locator("#customer-table thead a", new Page.LocatorOptions().setHasText("Customer")).click();
        page.waitForSelector("th[aria-sort=descending] >> text=Customer");
        List<String> names = page.locator("#customer-table tbody tr td:first-child a").allTextContents();
        assertThat(names).isSortedAccordingTo((a, b) -> b.compareToIgnoreCase(a));
        BrowserSession.screenshot(page, "customers");

        page.locator("#filter").fill("chrun > 0.5");
        page.locator("#filter-form button[type=submit]").click();
        Locator error = page.locator("#filter-error");
        error.waitFor();
        assertThat(error.textContent()).contains("chrun").contains("churn");
        assertThat(page.locator("#filter-error mark").textContent()).isNotBlank();
        BrowserSession.screenshot(page, "customers-filter-error");

        page.locator("a[data-preset='At risk']").click();
        page.waitForURL("**filter=**");
        assertThat(rows.count()).isPositive();
        assertThat(page.locator("#customer-table").textContent()).contains("James Wilson");
    }

    @Test
    void mikeJohnsonsPageShowsHisChurnGaugeAndActionsCanBeDone() {
        Customer360 mike = views.view(workspace, CustomerId.of("cust-002"));
        Page page = browser.page(false);
        page.navigate(browser.url("/customers/cust-002"));

        assertThat(page.locator("#profile-card h1").textContent()).isEqualTo("Mike Johnson");
        assertThat(page.locator("#profile-card").textContent()).contains(mike.profile().email())
                .contains(mike.scores().lifecycle());
        Locator gauge = page.locator("#churn-gauge");
        gauge.locator("svg").waitFor();
        String percent = Math.round(mike.scores().churn().probability().doubleValue() * 100) + "%";
        assertThat(gauge.getAttribute("aria-label")).contains(percent);
        assertThat(page.locator("#churn-gauge svg").textContent()).contains("%");
        assertThat(page.locator("#rfm-h").isVisible()).isTrue();
        assertThat(page.locator("#order-timeline li").count()).isEqualTo(mike.orders().newestFirst().size());
        BrowserSession.screenshot(page, "customer-360-mike-johnson");

        List<Recommendation> open = recommendations.openFor(workspace, CustomerId.of("cust-002"));
        assertThat(open).isNotEmpty();
        Recommendation first = open.get(0);
        Locator item = page.locator("[data-action='" + first.id() + "']");
        item.locator("button[value=done]").click();
        page.locator("#actions .notice").waitFor();
        assertThat(page.locator("[data-action='" + first.id() + "']").count()).isZero();
        assertThat(recommendations.find(workspace, first.id()).orElseThrow().status()).isEqualTo(RecommendationStatus.DONE);

        Page phone = browser.page(true);
        phone.navigate(browser.url("/customers/cust-002"));
        phone.locator("#churn-gauge svg").waitFor();
        BrowserSession.screenshot(phone, "customer-360-phone");
    }

    @Test
    void unknownCustomerGetsAPlainWordsPage() {
        Page page = browser.page(false);
        com.microsoft.playwright.Response response = page.navigate(browser.url("/customers/cust-999999"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).contains("couldn't find");
    }

    @Test
    void segmentsShowTheirFiguresAndANewOneIsPreviewedAndSaved() {
        int segmentCount = segments.list(workspace).size();
        Page page = browser.page(false);
        page.navigate(browser.url("/segments"));
        assertThat(page.locator(".segment-card").count()).isEqualTo(segmentCount);
        assertThat(page.locator("#segment-VIP_HIGH_VALUE .seg-size").textContent()).isEqualTo("1");

        String rule = "total_spent >= 1000 and churn < 0.25";
        long expected = segments.preview(workspace, rule).customers();
        page.locator("#seg-name").fill("Loyal big spenders");
        page.locator("#seg-rule").fill(rule);
        page.waitForFunction("n => { const c = document.querySelector('#preview .preview-count');"
                + " return c && c.textContent.trim() === n; }", String.valueOf(expected));
        BrowserSession.screenshot(page, "segments");

        page.locator("#segment-form button[type=submit]").click();
        page.locator("#created-notice").waitFor();
        String id = createdId(page);
        assertThat(page.locator("#segment-" + id + " .seg-size").textContent()).isEqualTo(String.format("%,d", expected));
        assertThat(segments.find(workspace, SegmentId.of(id)).orElseThrow().name()).isEqualTo("Loyal big spenders");

        page.locator("#seg-rule").fill("totl_spent > 5");
        page.locator("#preview .alert").waitFor();
        assertThat(page.locator("#preview .alert").textContent()).contains("totl_spent");
    }

    @Test
    void theMigrationMatrixBetweenTwoPickedDatesMatchesTheApi() {
        Page page = browser.page(false);
        page.navigate(browser.url("/segments"));
        List<String> dates = List.of(page.locator("#migration-form select[name=from] option")
                .evaluateAll("options => options.map(o => o.value).join(',')").toString().split(","));
        assertThat(dates).as("snapshot dates of the demo shop").hasSizeGreaterThanOrEqualTo(2);
        String from = dates.get(0);
        String to = dates.size() > 2 ? dates.get(dates.size() - 2) : dates.get(1);
        page.locator("#migration-form select[name=from]").selectOption(from);
        page.locator("#migration-form select[name=to]").selectOption(to);
        page.locator("#migration-form button[type=submit]").click();
        page.waitForURL("**from=" + from + "**");
        Locator matrix = page.locator("#migration-matrix");
        matrix.waitFor();

        JsonNode migration = new Api(port, workspace.value())
                .get("/api/v1/segments/migration?from=" + from + "&to=" + to).json();
        Map<String, String> names = new HashMap<>();
        segments.list(workspace).forEach(s -> names.put(s.segment().id().value(), s.segment().name()));
        names.put("none", "No segment");
        Map<String, Long> expected = new HashMap<>();
        long movers = 0;
        for (JsonNode flow : migration.path("flows")) {
            expected.put(names.get(flow.path("from").asString()) + " → " + names.get(flow.path("to").asString()),
                    flow.path("customers").asLong());
            movers += flow.path("customers").asLong();
        }
        assertThat(movers).isPositive();

        List<String> columns = matrix.locator("thead th").allTextContents();
        Map<String, Long> shown = new HashMap<>();
        for (Locator row : matrix.locator("tbody tr").all()) {
            String rowName = row.locator("th").textContent();
            List<Locator> cells = row.locator("td").all();
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i).textContent().trim();
                if (!cells.get(i).getAttribute("class").contains("zero")) {
                    shown.put(rowName + " → " + columns.get(i + 1), Long.parseLong(text.replace(",", "")));
                } else {
                    assertThat(text).isEqualTo("·none"); // a dot on screen, "none" for a screen reader
                }
            }
        }
        assertThat(shown).isEqualTo(expected);
        List<String> notable = page.locator("#migration-notable li").allTextContents();
        assertThat(notable).hasSize(migration.path("notable").size())
                .allSatisfy(line -> assertThat(line).doesNotContainPattern("[A-Z]+_[A-Z]+")); // names, not ids
        assertThat(page.locator("#migration-matrix caption").textContent()).contains(year(from)).contains(year(to));
        BrowserSession.screenshot(page, "segment-migration");
    }

    @Test
    void aSegmentsMembersDownloadAsCsvFromItsCard() throws Exception {
        Page page = browser.page(false);
        page.navigate(browser.url("/segments"));
        Locator link = page.locator("#segment-VIP_HIGH_VALUE a.export");
        assertThat(link.textContent()).startsWith("Download CSV").contains("VIP");
        com.microsoft.playwright.Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).isEqualTo("vip_high_value.csv");
        List<String> lines = java.nio.file.Files.readAllLines(download.path());
        assertThat(lines.get(0)).isEqualTo("customer_id,name,email,phone,segment,lifecycle,total_spent,orders,churn,clv,last_order");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("Sarah Chen");
    }

    @Test
    void aShopifyFileIsUploadedWithLiveProgressAndItsBadRowsCanBeDownloaded() throws Exception {
        WorkspaceId shop = WorkspaceId.of("upl-" + UUID.randomUUID().toString().substring(0, 8));
        java.nio.file.Path sample = java.nio.file.Paths.get(getClass().getResource("/imports/shopify-orders.csv").toURI());
        Page page = browser.page(false, shop);
        page.navigate(browser.address("/import?workspace=") + shop.value());
        assertThat(page.locator("nav a[aria-current=page]").textContent()).isEqualTo("Import");
        assertThat(page.locator("label[for=import-file]").textContent()).isEqualTo("File");
        assertThat(page.locator("label[for=time-zone]").isVisible()).isTrue();

        page.locator("#import-file").setInputFiles(sample);
        page.locator("#format-shopify").check();
        page.locator("#time-zone").selectOption("Europe/London");
        BrowserSession.screenshot(page, "import-form");
        page.locator("#import-submit").click();
        page.waitForURL("**/import/*");
        page.locator("#progress[data-state=completed]").waitFor();

        assertThat(page.locator("#import-done").textContent()).isEqualTo("Done: 15 rows read, 7 accepted, 8 set aside.");
        assertThat(page.locator("[data-count=created]").textContent()).isEqualTo("4");
        assertThat(page.locator("[data-count=unchanged]").textContent()).isEqualTo("1");
        assertThat(page.locator("[data-count=customers]").textContent()).isEqualTo("3");
        assertThat(page.locator("[data-count=rate]").textContent()).endsWith("rows a second");
        assertThat(page.locator("#import-errors tbody tr td:first-child").allTextContents())
                .containsExactly("7", "8", "9", "10", "11", "12", "13", "14");
        BrowserSession.screenshot(page, "import-finished");
        // The panel htmx polls: once finished it no longer asks to be polled.
        String panel = page.request().get(page.url().replaceFirst("\\?", "/progress?")).text();
        assertThat(panel).contains("data-state=\"completed\"").doesNotContain("hx-trigger").doesNotContain("<html");

        com.microsoft.playwright.Download errors = page.waitForDownload(() -> page.locator("#error-file").click());
        List<String> lines = java.nio.file.Files.readAllLines(errors.path());
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("line,reason,content");
        assertThat(lines.get(1)).startsWith("7,repeats line 6 of order #1003");

        page.locator("#analyse-form button").click();
        page.locator("#analysis [role=status]").waitFor();
        assertThat(page.locator("#analysis").textContent()).contains("analysis");
    }

    @Test
    void aFileWithItsOwnHeadersIsImportedThroughTheColumnsAndDatePatternFields() throws Exception {
        WorkspaceId shop = WorkspaceId.of("map-" + UUID.randomUUID().toString().substring(0, 8));
        java.nio.file.Path sample = java.nio.file.Paths.get(getClass().getResource("/imports/online-retail.csv").toURI());
        Page page = browser.page(false, shop);
        uploadOrders(page, shop, sample, "order_id=InvoiceNo, customer_id=CustomerID, ordered_at=InvoiceDate, "
                + "quantity=Quantity, unit_price=UnitPrice, sku=StockCode, item_name=Description", "M/d/yyyy H:mm", "completed");

        assertThat(page.locator("[data-count=created]").textContent()).isEqualTo("3");
        assertThat(page.locator("#import-errors tbody tr td:first-child").allTextContents()).containsExactly("5");

        // a column the format does not read is named back, with the columns it does read
        uploadOrders(page, shop, sample, "order_no=InvoiceNo", "", "failed");
        assertThat(page.locator("#import-failed").textContent()).contains("'order_no' is not a column of this format");
    }

    /** Uploads {@code file} as Scudo-layout orders with the page's column and date-pattern fields, to the state given. */
    private void uploadOrders(Page page, WorkspaceId shop, java.nio.file.Path file, String columns, String datePattern,
                              String state) {
        page.navigate(browser.address("/import?workspace=") + shop.value());
        page.locator("#import-file").setInputFiles(file);
        page.locator("#format-scudo-orders").check();
        page.locator("details summary").click();
        page.locator("#columns").fill(columns);
        page.locator("#date-format").fill(datePattern);
        if (state.equals("completed")) {
            BrowserSession.screenshot(page, "import-columns-form");
        }
        page.locator("#import-submit").click();
        page.waitForURL("**/import/*");
        page.locator("#progress[data-state=" + state + "]").waitFor();
    }

    @Test
    void aFileOfTheWrongKindSaysWhichColumnsWereExpected() throws Exception {
        WorkspaceId shop = WorkspaceId.of("upl-" + UUID.randomUUID().toString().substring(0, 8));
        java.nio.file.Path sample = java.nio.file.Paths.get(getClass().getResource("/imports/shopify-orders.csv").toURI());
        Page page = browser.page(true, shop);
        page.navigate(browser.address("/import?workspace=") + shop.value());
        page.locator("#import-file").setInputFiles(sample);
        page.locator("#format-scudo-customers").check();
        page.locator("#import-submit").click();
        page.waitForURL("**/import/*");
        page.locator("#progress[data-state=failed]").waitFor();
        assertThat(page.locator("#import-failed").textContent())
                .contains("doesn't match the kind you picked: Customers, Scudo layout (CSV)")
                .contains("customer_id, name");
        BrowserSession.screenshot(page, "import-wrong-format-phone");
    }

    @Test
    void theAssistantAnswersTheBriefsFourQuestionsInThePage() {
        Page page = browser.page(false);
        page.navigate(browser.url("/assistant"));

        Locator vip = ask(page, "Show me VIP customers");
        assertThat(vip.locator("[data-card=customers]").textContent()).contains("Sarah Chen");
        assertThat(vip.locator(".insight").textContent()).isNotBlank();
        assertThat(vip.locator(".query-text").textContent()).isEqualTo("lifecycle = \"VIP\"");

        Locator atRisk = ask(page, "Find customers at risk of churning");
        assertThat(atRisk.locator("[data-card=customers]").textContent()).contains("Mike Johnson").contains("James Wilson");

        Locator business = ask(page, "Analyze business professional segment");
        assertThat(business.locator("[data-card=segment]").textContent()).contains("David Kim");

        Locator david = ask(page, "Show me David Kim's complete profile");
        Locator profile = david.locator("[data-card=profile]");
        assertThat(profile.locator("h3").first().textContent()).isEqualTo("David Kim");
        assertThat(profile.textContent()).contains("Kim & Partners Consulting");
        BrowserSession.screenshot(page, "assistant");
    }

    @Test
    void theAssistantShowsHowTheSegmentsChanged() {
        Page page = browser.page(false);
        page.navigate(browser.url("/assistant"));
        Locator answer = ask(page, "How did our segments change since last month?");
        Locator moves = answer.locator("[data-card=moves]");
        assertThat(moves.locator("thead th").allTextContents()).hasSize(4).contains("Main segment", "Change");
        assertThat(moves.locator("tbody tr").count()).isGreaterThan(1);
        assertThat(moves.locator("tbody tr td").last().textContent()).matches("[+−±][\\d,]+");
        assertThat(answer.locator(".insight").textContent()).startsWith("Between ").contains("changed main segment");
        BrowserSession.screenshot(page, "assistant-segment-changes");
    }

    @Test
    void theAssistantsQueryCanBeEditedAndSavedAsASegment() {
        Page page = browser.page(true);
        page.navigate(browser.url("/assistant"));
        Locator answer = ask(page, "Find customers at risk of churning");
        String query = answer.locator(".query-text").textContent();
        assertThat(answer.locator("a.edit-query").getAttribute("href")).contains("/customers?filter=");

        BrowserSession.screenshot(page, "assistant-phone");
        answer.locator("input[name=name]").fill("Churn watch list");
        answer.locator(".save-segment button").click();
        page.locator("#created-notice").waitFor();
        String id = createdId(page);
        assertThat(page.locator("#segment-" + id + " h3").textContent()).isEqualTo("Churn watch list");
        assertThat(segments.find(workspace, SegmentId.of(id)).orElseThrow().rule())
                .isEqualTo(segments.preview(workspace, query).rule());
        BrowserSession.screenshot(page, "segment-from-assistant-phone");
    }

    @Test
    void anAttributeQuestionShowsItsFilterReadyToSaveAndCountsWhatTheSegmentWould() {
        Page page = browser.page(false);
        page.navigate(browser.url("/assistant"));
        Locator answer = ask(page, "Which customers in Chicago spent more than $500?");

        String query = answer.locator(".query-text").textContent();
        assertThat(query).isEqualTo(segments.preview(workspace,
                "(city = \"Chicago\" or region = \"Chicago\" or country = \"Chicago\") and total_spent > 500").rule());
        assertThat(answer.locator(".insight").textContent())
                .startsWith("Customers in Chicago who spent more than $500: " + segments.preview(workspace, query).customers() + ".");
        assertThat(answer.locator(".save-segment button").isVisible()).isTrue();
    }

    /** The id of the segment just saved, from the page's address. */
    private static String createdId(Page page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("created=([^&#]+)").matcher(page.url());
        assertThat(m.find()).as("created segment in %s", page.url()).isTrue();
        return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    /** Asks in the chat box and waits until the streamed answer is complete. */
    private static Locator ask(Page page, String question) {
        int before = page.locator(".bubble.answer").count();
        page.locator("#question").fill(question);
        page.locator("#question").press("Enter");
        Locator answer = page.locator(".bubble.answer").nth(before);
        page.waitForFunction("n => document.querySelectorAll('.bubble.answer[data-done]').length > n", before);
        assertThat(answer.getAttribute("data-done")).isEqualTo("true");
        return answer;
    }

    private void waitForSubscriber() throws InterruptedException {
        for (int i = 0; i < 200 && today.subscribers(workspace) == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(today.subscribers(workspace)).isPositive();
    }

    private static String year(String isoDate) {
        return isoDate.substring(0, 4);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
