package com.scudo.dashboard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages on a 390×844 phone (and the same pages on a desktop for comparison, screenshots of both in
 * target/screenshots): the 360 page leads with risk and the next action, the list shows churn without scrolling
 * sideways, and the assistant's tables scroll inside the answer instead of wrapping a letter a line; its answer
 * shows the sentence first, then each card.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneBrowserTests {
    static final int PHONE_WIDTH = BrowserSession.PHONE_WIDTH;
    static final int PHONE_HEIGHT = BrowserSession.PHONE_HEIGHT;

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;

    WorkspaceId workspace;
    BrowserSession browser;

    @BeforeAll
    void loadShopAndStartBrowser() {
        workspace = WorkspaceId.of("phone-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 90, 42);
        browser = BrowserSession.signedIn(port, workspace);
        browser.warmUp(true, "/customers/cust-002");
    }

    @AfterAll
    void stopBrowser() {
        BrowserSession.close(browser);
    }

    @Test
    void the360PageLeadsWithRiskAndTheNextActionOnAPhone() {
        Page phone = browser.page(true);
        phone.navigate(browser.url("/customers/cust-002"));
        Locator lead = phone.locator("#lead");
        assertThat(lead.locator(".lead-risk").textContent()).contains("churn risk");
        assertThat(lead.locator(".lead-action a").textContent())
                .isEqualTo(phone.locator("#actions .action strong").first().textContent());
        BoundingBox box = lead.boundingBox();
        assertThat(box.y + box.height).as("risk and next action on the first screen").isLessThan(PHONE_HEIGHT);
        assertThat(phone.locator("#actions-h").boundingBox().y).as("the actions come before the RFM details")
                .isLessThan(phone.locator("#rfm-h").boundingBox().y);
        assertNoSidewaysScroll(phone);
        phone.locator(".chart[data-drawn] svg").first().waitFor();
        BrowserSession.screenshot(phone, "phone-customer-360");

        Page desktop = browser.page(false);
        desktop.navigate(browser.url("/customers/cust-002"));
        assertThat(desktop.locator("#lead").isVisible()).isTrue();
        desktop.locator(".chart[data-drawn] svg").first().waitFor();
        BrowserSession.screenshot(desktop, "desktop-customer-360");
    }

    @Test
    void theCustomerListShowsChurnOnAPhoneWithoutScrollingSideways() {
        Page phone = browser.page(true);
        phone.navigate(browser.url("/customers"));
        Locator risk = phone.locator("#customer-table tbody tr").first().locator("td").first().locator(".risk");
        assertThat(risk.isVisible()).isTrue();
        assertThat(risk.textContent()).contains("churn");
        BoundingBox box = risk.boundingBox();
        assertThat(box.x + box.width).as("churn badge inside the phone's width").isLessThanOrEqualTo(PHONE_WIDTH);
        assertNoSidewaysScroll(phone);
        BrowserSession.screenshot(phone, "phone-customers");

        Page desktop = browser.page(false);
        desktop.navigate(browser.url("/customers"));
        assertThat(desktop.locator("#customer-table tbody tr td:first-child .risk").first().isVisible())
                .as("the desktop has the churn column instead").isFalse();
        BrowserSession.screenshot(desktop, "desktop-customers");
    }

    @Test
    void theAssistantsTablesScrollInsideTheAnswerOnAPhone() {
        Page phone = browser.page(true);
        phone.navigate(browser.url("/assistant"));
        phone.locator("#question").fill("Show me VIP customers");
        phone.locator("#ask-form button[type=submit]").click();
        Locator answer = phone.locator(".bubble.answer[data-done=true]").last();
        answer.waitFor();
        assertThat(answer.getAttribute("data-sequence")).as("the sentence first, then each card as it comes")
                .startsWith("insight,card").endsWith("query,done");
        Locator wrap = answer.locator("[data-card=customers] .table-wrap");
        boolean scrolls = (Boolean) wrap.evaluate("w => w.scrollWidth > w.clientWidth");
        assertThat(scrolls).as("the table scrolls sideways inside the answer").isTrue();
        Locator name = answer.locator("[data-card=customers] tbody tr td").first();
        double lineHeight = ((Number) name.evaluate("c => parseFloat(getComputedStyle(c).lineHeight)")).doubleValue();
        assertThat(name.boundingBox().height).as("a name stays on one line").isLessThan(lineHeight * 2 + 16);
        assertNoSidewaysScroll(phone);
        BrowserSession.screenshot(phone, "phone-assistant");

        Page desktop = browser.page(false);
        desktop.navigate(browser.url("/assistant"));
        desktop.locator("#question").fill("Show me VIP customers");
        desktop.locator("#ask-form button[type=submit]").click();
        desktop.locator(".bubble.answer[data-done=true]").last().waitFor();
        BrowserSession.screenshot(desktop, "desktop-assistant");
    }

    /** The page itself never scrolls sideways: only tables do, inside their box. */
    private static void assertNoSidewaysScroll(Page page) {
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("page wider than the screen").isLessThanOrEqualTo(0);
    }
}
