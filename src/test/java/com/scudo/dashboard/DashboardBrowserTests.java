package com.scudo.dashboard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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

    WorkspaceId workspace;
    BrowserSession browser;

    @BeforeAll
    void startBrowserAndLoadDemoShop() {
        Assumptions.assumeTrue(BrowserSession.available(),
                "Skipping the browser tests: /usr/bin/chromium is missing (scripts/test installs it)");
        workspace = WorkspaceId.of("web-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 90, 42);
        browser = BrowserSession.start(port, workspace);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "workspace=" + workspace.value();
    }

    @Test
    void overviewShowsTheKpisAndTodaysOrdersArriveLive() throws InterruptedException {
        Overview overview = views.overview(workspace);
        Page page = browser.page(false);
        page.navigate(url("/"));

        assertThat(page.title()).contains("Scudo Customer 360");
        assertThat(page.locator("[data-kpi=customers] .kpi-value").textContent())
                .isEqualTo(String.format("%,d", overview.customers()));
        assertThat(page.locator("[data-kpi=revenue-at-risk] .kpi-value").textContent()).startsWith("$").isNotEqualTo("$0");
        assertThat(page.locator("[data-kpi=average-churn] .kpi-value").textContent()).endsWith("%");
        page.locator(".chart[data-drawn] svg").first().waitFor();
        assertThat(page.locator(".chart[data-drawn]").count()).isEqualTo(2);
        assertThat(page.locator("#at-risk tbody tr").count()).isPositive();

        int ordersBefore = Integer.parseInt(page.locator("#today-orders").textContent().trim());
        waitForSubscriber();
        ingest.recordOrder(workspace, new OrderCommand("live-" + UUID.randomUUID(), "cust-008", Instant.now().toString(),
                new BigDecimal("42.00"), "USD", null, "web", List.of(), List.of()));
        page.waitForFunction("n => document.getElementById('today-orders').textContent.trim() === String(n)",
                ordersBefore + 1);
        BrowserSession.screenshot(page, "overview");

        Page phone = browser.page(true);
        phone.navigate(url("/"));
        phone.locator(".chart[data-drawn] svg").first().waitFor();
        BrowserSession.screenshot(phone, "overview-phone");
    }

    @Test
    void aFilterNarrowsTheCustomerTableAndAMistakeIsPointedOut() {
        Page page = browser.page(false);
        page.navigate(url("/customers"));
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
        page.navigate(url("/customers/cust-002"));

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
        phone.navigate(url("/customers/cust-002"));
        phone.locator("#churn-gauge svg").waitFor();
        BrowserSession.screenshot(phone, "customer-360-phone");
    }

    @Test
    void unknownCustomerGetsAPlainWordsPage() {
        Page page = browser.page(false);
        com.microsoft.playwright.Response response = page.navigate(url("/customers/cust-999999"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).contains("couldn't find");
    }

    @Test
    void segmentsShowTheirFiguresAndANewOneIsPreviewedAndSaved() {
        int segmentCount = segments.list(workspace).size();
        Page page = browser.page(false);
        page.navigate(url("/segments"));
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
    void theAssistantAnswersTheBriefsFourQuestionsInThePage() {
        Page page = browser.page(false);
        page.navigate(url("/assistant"));

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
    void theAssistantsQueryCanBeEditedAndSavedAsASegment() {
        Page page = browser.page(true);
        page.navigate(url("/assistant"));
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

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
