package com.scudo.connector;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.scudo.connector.klaviyo.FakeKlaviyo;
import com.scudo.connector.shopify.Backfill;
import com.scudo.connector.shopify.FakeShopify;
import com.scudo.connector.shopify.ShopifyBackfills;
import com.scudo.connector.webhook.DeadLetterFixture;
import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.BrowserSession;
import com.scudo.support.H2IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Connections page as a merchant uses it: a Shopify store with its events, last error and backfill progress; a
 * segment sent to a Klaviyo list from the segments page ("Send to…"); a dead letter of an outgoing webhook replayed.
 * Shopify, Klaviyo and the webhook receiver are local fakes.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionsPageBrowserTests {
    private static final String SECRET = "shpss_page_test_secret";
    private static final String KLAVIYO_KEY = "pk_page_test_key";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    ShopifyBackfills backfills;
    @Autowired
    ApplicationContext context;

    WorkspaceId workspace;
    Api api;
    BrowserSession browser;
    FakeShopify shopify;
    FakeKlaviyo klaviyo;
    HttpServer receiver;
    final AtomicInteger receiverStatus = new AtomicInteger(500);

    @BeforeAll
    void startBrowserOnAConnectedShop() throws Exception {
        workspace = WorkspaceId.of("conn-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 40, 7);
        api = new Api(port, workspace.value());
        shopify = new FakeShopify(FakeShopify.orders(3, "grace@example.com"), 0);
        klaviyo = new FakeKlaviyo(KLAVIYO_KEY);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(receiverStatus.get(), -1);
            exchange.close();
        });
        receiver.start();
        browser = BrowserSession.signedIn(port, workspace);
        browser.warmUp(false, "/connections");
    }

    @AfterAll
    void stopEverything() {
        BrowserSession.close(browser);
        if (shopify != null) {
            shopify.close();
        }
        if (klaviyo != null) {
            klaviyo.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aShopShowsItsEventsItsLastErrorAndItsBackfill() {
        String shop = workspace.value() + ".myshopify.com";
        Page page = browser.page(false);
        page.navigate(browser.url("/connections"));
        assertThat(page.locator("#connections").textContent()).doesNotContain(shop);

        String id = api.post("/api/v1/connections/shopify", """
                {"shopDomain": "%s", "accessToken": "%s", "webhookSecret": "%s", "apiUrl": "%s"}"""
                .formatted(shop, FakeShopify.TOKEN, SECRET, shopify.url())).json().path("id").asString();
        String order = ShopifySamples.order(7001, "#7001", "ada@example.com", 71, "42.00", "USD", "paid", "[]");
        assertThat(ShopifySamples.post(port, shop, "orders/create", "wh-page-1", SECRET, order).statusCode()).isEqualTo(200);
        // A payload Shopify would never send: refused with a reason, which the page shows as the last error.
        assertThat(ShopifySamples.post(port, shop, "orders/create", "wh-page-2", SECRET, "{\"id\": 7002}").statusCode())
                .isEqualTo(400);
        String dataRequest = """
                {"shop_id": 1, "shop_domain": "%s", "orders_requested": [7001],
                 "customer": {"id": 71, "email": "ada@example.com"}, "data_request": {"id": 42}}""".formatted(shop);
        assertThat(ShopifySamples.post(port, shop, "customers/data_request", "wh-page-3", SECRET, dataRequest)
                .statusCode()).isEqualTo(200);
        Backfill backfill = backfills.runNow(workspace, id);
        assertThat(backfill.status()).isEqualTo("completed");

        page.navigate(browser.url("/connections"));
        Locator row = page.locator("#connections tr[data-connection='" + id + "']");
        assertThat(row.locator("td").nth(0).textContent()).isEqualTo("shopify");
        assertThat(row.locator("td").nth(1).textContent()).isEqualTo(shop);
        assertThat(Long.parseLong(row.locator("td").nth(3).textContent().strip())).as("events received").isPositive();
        assertThat(row.locator("td").nth(4).textContent()).as("last event, in the shop's words, not ISO")
                .isNotEqualTo("—").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        assertThat(row.locator("td").nth(5).textContent()).as("last error").isNotEqualTo("—").isNotBlank();
        assertThat(row.locator("td").nth(6).textContent())
                .contains("completed").contains(backfill.ordersRecorded() + " orders recorded");
        assertThat(backfill.ordersRecorded()).isEqualTo(3);
        Locator request = page.locator("#privacy-requests tbody tr");
        assertThat(request.count()).isEqualTo(1);
        assertThat(request.locator("td").nth(2).textContent()).isEqualTo("customers/data_request");
        String export = request.locator("a[download]").getAttribute("href");
        assertThat(export).contains("/privacy/export");
        assertThat(page.request().get(browser.address(export)).status()).as("the export answers the request").isEqualTo(200);
        assertThat(page.content()).doesNotContain(SECRET).doesNotContain(FakeShopify.TOKEN);
        BrowserSession.screenshot(page, "connections-shop");
    }

    @Test
    void aSegmentIsSentToKlaviyoFromTheSegmentsPage() {
        assertThat(api.post("/api/v1/connections/klaviyo", """
                {"account": "main", "apiKey": "%s", "apiUrl": "%s"}""".formatted(KLAVIYO_KEY, klaviyo.url())).status())
                .isEqualTo(201);
        JsonNode segment = null;
        for (JsonNode s : api.get("/api/v1/segments").json()) {
            if (s.path("stats").path("customers").asInt(0) > 0) {
                segment = s;
                break;
            }
        }
        assertThat(segment).as("a segment with customers in the demo shop").isNotNull();
        String segmentId = segment.path("segment").path("id").asString();
        int members = segment.path("stats").path("customers").asInt();

        Page page = browser.page(false);
        page.navigate(browser.url("/segments"));
        page.waitForNavigation(() -> page.locator("a.send-to[href*='send=" + segmentId + "']").click());
        assertThat(page.url()).contains("/connections");
        assertThat(page.locator("#send-to select[name=segmentId]").inputValue()).as("the segment chosen on the segments page")
                .isEqualTo(segmentId);
        page.locator("#send-to input[name=listId]").fill("ListFromPage");
        page.waitForNavigation(() -> page.locator("#send-to button[type=submit]").click());
        assertThat(page.locator(".notice").textContent()).contains(segmentId).contains("ListFromPage");

        // The push runs in the background; the page shows its outcome once it is done.
        Locator sync = page.locator("#send-to li");
        for (int i = 0; i < 60 && !sync.allTextContents().toString().contains("complete"); i++) {
            page.waitForTimeout(250);
            page.reload();
        }
        assertThat(sync.first().textContent()).contains(segmentId).contains("ListFromPage").contains("complete")
                .contains(members + " profiles");
        assertThat(klaviyo.listIds).containsOnly("ListFromPage");
        assertThat(klaviyo.profiles).hasSize(members);
        assertThat(klaviyo.badHeaders).isEmpty();
        assertThat(page.content()).doesNotContain(KLAVIYO_KEY);
        BrowserSession.screenshot(page, "connections-sent-to-klaviyo");
    }

    @Test
    void aDeadLetterIsReplayedFromThePage() {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        String subscription = api.post("/api/v1/webhooks/subscriptions", """
                {"url": "%s", "events": ["churn.crossed"], "churnThreshold": 0.7}""".formatted(url)).json()
                .path("subscription").path("id").asString();
        receiverStatus.set(500);
        String event = DeadLetterFixture.deadLetter(context, workspace, subscription);

        Page page = browser.page(false);
        page.navigate(browser.url("/connections"));
        assertThat(page.locator("#webhooks li").allTextContents()).contains(url + " — churn.crossed");
        Locator dead = page.locator("#dead-letters tbody tr");
        assertThat(dead.count()).isEqualTo(1);
        assertThat(dead.locator("td").nth(0).textContent()).isEqualTo(event);
        assertThat(dead.locator("td").nth(1).textContent()).isEqualTo("churn.crossed");
        assertThat(dead.locator("td").nth(4).textContent()).contains("500");
        BrowserSession.screenshot(page, "connections-dead-letter");

        receiverStatus.set(204);
        page.waitForNavigation(() -> dead.locator("button").click());
        assertThat(page.locator(".notice").textContent()).contains(event).contains("queued again");
        assertThat(page.locator("#dead-letters").count()).as("no longer a dead letter once queued again").isZero();
        // Due at once: the server's own delivery worker may claim it first (a claimed row is not due for this call), so
        // wait a moment for whichever sends it.
        JsonNode delivered = null;
        long deadline = System.currentTimeMillis() + 15_000;
        do {
            DeadLetterFixture.deliverOverTheNextHours(context, 0);
            for (JsonNode d : api.get("/api/v1/webhooks/deliveries").json()) {
                if (d.path("id").asString().equals(event)) {
                    delivered = d;
                }
            }
        } while (delivered != null && (delivered.path("deliveredAt").isNull() || delivered.path("deliveredAt").isMissingNode())
                && System.currentTimeMillis() < deadline
                && sleep(100));
        assertThat(delivered).isNotNull();
        assertThat(delivered.path("deliveredAt").isNull() || delivered.path("deliveredAt").isMissingNode())
                .as("delivered after the replay: " + delivered).isFalse();
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
