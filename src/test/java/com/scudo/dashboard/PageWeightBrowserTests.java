package com.scudo.dashboard;

import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.BrowserSession;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page costs on the wire, counted by the browser itself (Chrome's {@code encodedDataLength}: compressed
 * bodies plus headers, nothing for what came from its cache): a first view of a page without charts stays under
 * 150 KB, a repeat view under 50 KB, and the chart library is fetched only by pages that draw charts.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWeightBrowserTests {
    static final long FIRST_VIEW_LIMIT = 150 * 1024;
    static final long REPEAT_VIEW_LIMIT = 50 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;

    WorkspaceId workspace;
    BrowserSession browser;

    @BeforeAll
    void loadShopAndStartBrowser() {
        workspace = WorkspaceId.of("weight-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 90, 42);
        browser = BrowserSession.signedIn(port, workspace);
        // Compiles the templates, so the measured views are not the server's first.
        browser.warmUp(false, "/customers", "/");
    }

    @AfterAll
    void stopBrowser() {
        BrowserSession.close(browser);
    }

    @Test
    void theSignInPageIsLightOnAFirstView() {
        Page page = browser.anonymousPage(true);
        Wire wire = Wire.watch(page);
        page.navigate(browser.address("/login"));
        long bytes = wire.settle(page);

        assertThat(bytes).as("first view of the sign-in page, bytes on the wire").isPositive().isLessThan(FIRST_VIEW_LIMIT);
        assertThat(wire.urls()).noneMatch(u -> u.contains("echarts"));
        System.out.printf("Sign-in page, first view: %,d bytes%n", bytes);
    }

    @Test
    void theCustomerListIsLightOnAFirstViewAndAlmostFreeOnTheNext() {
        Page page = browser.page(false);
        Wire wire = Wire.watch(page);
        page.navigate(browser.url("/customers"));
        long first = wire.settle(page);

        assertThat(first).as("first view of the customer list").isPositive().isLessThan(FIRST_VIEW_LIMIT);
        assertThat(wire.urls()).noneMatch(u -> u.contains("echarts"));
        Response script = wire.response(u -> u.contains("/webjars/htmx.org/"));
        assertThat(script.url()).as("a WebJar is linked with its version").contains("/htmx.org/2.");
        assertThat(script.headers()).containsEntry("content-encoding", "gzip");
        assertThat(script.headers().get("cache-control")).contains("max-age=31536000");
        Response styles = wire.response(u -> u.contains("/dashboard/scudo"));
        assertThat(styles.url()).as("the product's own files carry a content hash").matches(".*/scudo-[0-9a-f]{32}\\.(css|js)$");
        assertThat(styles.headers().get("cache-control")).contains("max-age=31536000");

        wire.reset();
        page.navigate(browser.url("/customers?sort=name"));
        long repeat = wire.settle(page);
        assertThat(repeat).as("repeat view of the customer list").isPositive().isLessThan(REPEAT_VIEW_LIMIT);
        System.out.printf("Customer list: first view %,d bytes, repeat view %,d bytes%n", first, repeat);
    }

    @Test
    void onlyPagesWithChartsFetchTheChartLibraryOnceAndRepeatViewsStayLight() {
        Page page = browser.page(true);
        Wire wire = Wire.watch(page);
        page.navigate(browser.url("/"));
        page.locator(".chart[data-drawn] svg").first().waitFor();
        long first = wire.settle(page);
        Response charts = wire.response(u -> u.contains("/webjars/echarts/"));
        assertThat(charts.headers()).containsEntry("content-encoding", "gzip");

        wire.reset();
        page.navigate(browser.url("/customers/cust-002"));
        page.locator(".chart[data-drawn] svg").first().waitFor();
        long repeat = wire.settle(page);
        assertThat(wire.urls()).as("the chart library comes from the browser's cache").noneMatch(u -> u.contains("echarts")
                && wire.transferred(u) > 0);
        assertThat(repeat).as("a 360 page after the overview").isPositive().isLessThan(REPEAT_VIEW_LIMIT);
        System.out.printf("Overview first view %,d bytes; 360 page after it %,d bytes%n", first, repeat);
    }

    /** Bytes on the wire per request, from the Chrome DevTools protocol, and the responses Playwright saw. */
    static final class Wire {
        private final Map<String, String> urlByRequest = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Long> bytesByUrl = new java.util.concurrent.ConcurrentHashMap<>();
        private final AtomicLong total = new AtomicLong();
        private final List<Response> responses = new CopyOnWriteArrayList<>();

        static Wire watch(Page page) {
            Wire wire = new Wire();
            CDPSession cdp = page.context().newCDPSession(page);
            cdp.send("Network.enable");
            cdp.on("Network.requestWillBeSent", e -> wire.urlByRequest.put(e.get("requestId").getAsString(),
                    e.getAsJsonObject("request").get("url").getAsString()));
            cdp.on("Network.loadingFinished", e -> {
                long bytes = e.get("encodedDataLength").getAsLong();
                wire.total.addAndGet(bytes);
                String url = wire.urlByRequest.getOrDefault(e.get("requestId").getAsString(), "?");
                wire.bytesByUrl.merge(url, bytes, Long::sum);
            });
            page.onResponse(wire.responses::add);
            return wire;
        }

        /** Waits until the page has loaded and nothing more arrives, then the bytes so far. */
        long settle(Page page) {
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            long before;
            do {
                before = total.get();
                page.waitForTimeout(300);
            } while (total.get() != before);
            return total.get();
        }

        void reset() {
            total.set(0);
            bytesByUrl.clear();
            responses.clear();
        }

        List<String> urls() {
            return responses.stream().map(Response::url).toList();
        }

        long transferred(String url) {
            return bytesByUrl.getOrDefault(url, 0L);
        }

        Response response(java.util.function.Predicate<String> url) {
            return responses.stream().filter(r -> url.test(r.url())).findFirst()
                    .orElseThrow(() -> new AssertionError("no response for that file among " + urls()));
        }
    }
}
