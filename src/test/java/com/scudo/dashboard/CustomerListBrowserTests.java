package com.scudo.dashboard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.scudo.analytics.AnalyticsRuns;
import com.scudo.customer360.Customer360Views;
import com.scudo.demo.DemoData;
import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportRequest;
import com.scudo.imports.ImportService;
import com.scudo.money.Money;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.BrowserSession;
import com.scudo.support.H2IntegrationTest;
import com.scudo.workspace.WorkspaceLocale;
import com.scudo.workspace.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer list as a person uses it: a total, a search box for a name or an e-mail, a name for everyone (the
 * e-mail or id when the shop never gave one), and figures in the workspace's currency, locale and time zone on the
 * server's pages and in the page script alike.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerListBrowserTests {
    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    Customer360Views views;
    @Autowired
    AnalyticsRuns analytics;
    @Autowired
    Money money;
    @Autowired
    Workspaces workspaces;
    @Autowired
    ImportService imports;

    WorkspaceId workspace;
    /** A German shop reporting in euros, whose only customer came from an order without a name. */
    WorkspaceId euros;
    BrowserSession browser;

    @BeforeAll
    void loadShopsAndStartBrowser() throws IOException {
        workspace = WorkspaceId.of("list-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 90, 42);
        euros = WorkspaceId.of("eur-" + UUID.randomUUID().toString().substring(0, 8));
        workspaces.register(euros, "tests");
        money.setReportingCurrency(euros, "EUR");
        workspaces.setLocale(euros, WorkspaceLocale.of("Europe/Berlin", "de-DE"));
        // Imported orders bring their customers along, one without a name or e-mail and one with an e-mail only.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path file = Files.createTempFile("eur-orders", ".csv");
        Files.writeString(file, "order_id,customer_id,customer_name,customer_email,ordered_at,amount,currency\n"
                + "o-1,imp-7,,," + now.minus(40, ChronoUnit.DAYS) + ",1234.50,EUR\n"
                + "o-2,imp-7,,," + now.minus(10, ChronoUnit.DAYS) + ",4.50,EUR\n"
                + "o-3,imp-8,,ada@example.com," + now.minus(5, ChronoUnit.DAYS) + ",80.00,EUR\n");
        assertThat(imports.importFile(new ImportRequest(euros, ImportFormat.SCUDO_ORDERS, file), done -> { }).counts().rejected())
                .isZero();
        assertThat(analytics.runNow(euros, LocalDate.now(ZoneOffset.UTC)).state()).isEqualTo("done");
        browser = BrowserSession.signedIn(port, workspace);
        browser.warmUp(false, "/customers");
    }

    @AfterAll
    void stopBrowser() {
        BrowserSession.close(browser);
    }

    @Test
    void theListSaysHowManyCustomersMatchAndFindsThemByNameOrEmail() {
        long everyone = views.list(workspace, null, null, 1, null).total();
        Page page = browser.page(false);
        page.navigate(browser.url("/customers"));
        assertThat(page.locator("#result-summary").getAttribute("data-total")).isEqualTo(String.valueOf(everyone));
        assertThat(page.locator("#result-total").textContent()).isEqualTo(String.format("%,d customers", everyone));
        assertThat(page.locator("#customer-table tbody tr").count()).isEqualTo(25);

        page.locator("#q").fill("johnson");
        page.waitForFunction("() => document.querySelector('#result-summary')?.getAttribute('data-total') !== '" + everyone + "'");
        assertThat(page.locator("#customer-table tbody tr td:first-child a").allTextContents())
                .isNotEmpty().allMatch(name -> name.toLowerCase().contains("johnson"));
        assertThat(page.locator("#customer-table").textContent()).contains("Mike Johnson");
        assertThat(page.url()).contains("q=johnson");

        String email = views.view(workspace, com.scudo.shared.CustomerId.of("cust-004")).profile().email();
        page.navigate(browser.url("/customers?q=" + email.toUpperCase()));
        assertThat(page.locator("#result-total").textContent()).isEqualTo("1 customer");
        assertThat(page.locator("#customer-table tbody tr").getAttribute("data-customer")).isEqualTo("cust-004");

        page.navigate(browser.url("/customers?q=nobody-by-this-name&filter=orders%20%3E%201"));
        assertThat(page.locator("#result-total").textContent()).isEqualTo("0 customers");
        BrowserSession.screenshot(page, "customers-search-empty");
    }

    @Test
    void aCustomerWithoutANameIsCalledByIdAndFiguresFollowTheWorkspacesCurrencyAndLocale() {
        Page page = browser.page(false, euros);
        page.navigate(browser.url("/customers", euros));
        Locator row = page.locator("#customer-table tbody tr[data-customer=imp-7]");
        assertThat(row.locator("td:first-child a").textContent()).isEqualTo("imp-7");
        assertThat(row.locator("td").nth(3).textContent().replace('\u00a0', ' ')).isEqualTo("1.239 €");
        assertThat(page.locator("#customer-table tbody tr[data-customer=imp-8] td:first-child a").textContent())
                .isEqualTo("ada@example.com");
        assertThat(page.locator("body").getAttribute("data-currency")).isEqualTo("EUR");
        assertThat(page.locator("body").getAttribute("data-locale")).isEqualTo("de-DE");
        BrowserSession.screenshot(page, "customers-euro-de");

        page.navigate(browser.url("/customers/imp-7", euros));
        assertThat(page.locator("#profile-card h1").textContent()).isEqualTo("imp-7");
        assertThat(page.title()).startsWith("imp-7");
        assertThat(page.locator("#order-timeline").textContent().replace('\u00a0', ' ')).contains("4,50 €").contains("1.235 €")
                .doesNotContain("$");

        page.navigate(browser.url("/assistant", euros));
        page.locator("#question").fill("Who are my top customers?");
        page.locator("#ask-form button[type=submit]").click();
        Locator answer = page.locator(".bubble.answer[data-done=true]").last();
        answer.waitFor();
        assertThat(answer.locator("[data-card=customers]").textContent().replace('\u00a0', ' '))
                .contains("imp-7").contains("1.239 €").doesNotContain("$");
        assertThat(answer.locator(".insight").textContent()).doesNotContain("$");
    }

    @Test
    void anUnknownCustomerPageNamesTheShopItWasLookedFor() {
        Page page = browser.page(true);
        Response response = page.navigate(browser.url("/customers/cust-999999"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("header").textContent()).contains("Shop: " + workspace.value()).doesNotContain("null");
        assertThat(page.locator("main a.button").getAttribute("href")).contains("workspace=" + workspace.value());
    }
}
