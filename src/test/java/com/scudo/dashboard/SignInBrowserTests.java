package com.scudo.dashboard;

import com.microsoft.playwright.Page;
import com.scudo.demo.DemoData;
import com.scudo.security.Role;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.BrowserSession;
import com.scudo.support.H2IntegrationTest;
import com.scudo.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out in a real browser, and every dashboard page running under the Content-Security-Policy
 * without a single violation (charts drawn, htmx working).
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTests {
    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;

    WorkspaceId workspace;
    BrowserSession browser;

    @BeforeAll
    void start() {
        workspace = WorkspaceId.of("signin-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(workspace, 20, 42);
        browser = BrowserSession.signedOut(port, workspace);
    }

    @AfterAll
    void stop() {
        BrowserSession.close(browser);
    }

    @Test
    void anAnalystSignsInUsesEveryPageUnderTheContentSecurityPolicyAndSignsOut() {
        String analyst = TestAccounts.at(port).user(Role.ANALYST, workspace);
        Page page = browser.page(false);
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(message.text());
            }
        });

        page.navigate(browser.address("/customers/cust-002"));
        assertThat(page.url()).endsWith("/login");
        page.locator("#username").fill(analyst);
        page.locator("#password").fill("not-the-password");
        page.waitForNavigation(() -> page.locator("#login-form button[type=submit]").click());
        assertThat(page.locator(".alert").textContent()).contains("did not work");
        BrowserSession.screenshot(page, "sign-in-refused");

        page.locator("#username").fill(analyst);
        page.locator("#password").fill(TestAccounts.PASSWORD);
        page.waitForNavigation(() -> page.locator("#login-form button[type=submit]").click());
        assertThat(page.url()).as("back to the page asked for").contains("/customers/cust-002");
        assertThat(page.locator(".signout .who").textContent()).isEqualTo(analyst);

        page.navigate(browser.url("/"));
        page.locator(".chart[data-drawn] svg").first().waitFor();
        page.navigate(browser.url("/segments"));
        page.locator("#seg-rule").fill("orders >= 2");
        page.locator("#preview .preview-count").waitFor(); // an htmx POST: it carries the CSRF token or fails
        assertThat(page.locator("#preview .alert").count()).isZero();
        page.navigate(browser.url("/assistant"));
        page.locator("#question").fill("Show me VIP customers");
        page.locator("#ask-form button[type=submit]").click();
        page.locator(".chat .answer .answer-card").first().waitFor();
        BrowserSession.screenshot(page, "signed-in-assistant");

        assertThat(violations).isEmpty();

        page.waitForNavigation(() -> page.locator(".signout button").click());
        assertThat(page.url()).contains("/login?signedout");
        page.navigate(browser.address("/segments"));
        assertThat(page.url()).endsWith("/login");
    }
}
