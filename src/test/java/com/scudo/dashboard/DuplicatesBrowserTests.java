package com.scudo.dashboard;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.scudo.identity.IdentityResolution;
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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The review queue of possible duplicates: a suggested pair is shown with its evidence, merged, and gone. */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicatesBrowserTests {
    @LocalServerPort
    int port;
    @Autowired
    IdentityResolution identity;

    WorkspaceId workspace;
    BrowserSession browser;

    @BeforeAll
    void startBrowserOnAShopWithALikelyDuplicate() {
        workspace = WorkspaceId.of("dup-" + UUID.randomUUID().toString().substring(0, 8));
        Api api = new Api(port, workspace.value());
        // One person twice: a typo in the name, another e-mail address, the same city. Fuzzy evidence only suggests.
        for (String customer : new String[] {
                "{\"id\": \"guest-17\", \"name\": \"Jonathan Price\", \"email\": \"jprice@example.com\", \"city\": \"Leeds\"}",
                "{\"id\": \"acct-42\", \"name\": \"Jonathna Price\", \"email\": \"jon.price@example.org\", \"city\": \"leeds\"}",
                "{\"id\": \"other-3\", \"name\": \"Maria Lopez\", \"email\": \"maria@example.net\", \"city\": \"Leeds\"}"}) {
            Api.Response response = api.post("/api/v1/customers", customer);
            assertThat(response.status()).as(response.body()).isBetween(200, 201);
        }
        browser = BrowserSession.signedIn(port, workspace);
        browser.warmUp(false, "/duplicates");
    }

    @AfterAll
    void stopBrowser() {
        BrowserSession.close(browser);
    }

    @Test
    void aSuggestedPairIsShownWithItsEvidenceAndDisappearsOnceMerged() {
        Page page = browser.page(false);
        page.navigate(browser.url("/duplicates"));
        assertThat(page.locator("#open-count").textContent()).isEqualTo("0 pairs waiting");

        page.waitForNavigation(() -> page.locator("button", new Page.LocatorOptions().setHasText("Search for duplicates now"))
                .click());
        assertThat(page.locator("#done").textContent()).isEqualTo("1 new suggestion, 0 merged automatically");
        assertThat(page.locator("#open-count").textContent()).isEqualTo("1 pair waiting");
        Locator row = page.locator("#decisions tbody tr");
        assertThat(row.count()).isEqualTo(1);
        assertThat(row.locator("td a").allTextContents()).containsExactlyInAnyOrder("Jonathan Price", "Jonathna Price");
        assertThat(row.textContent()).doesNotContain("Maria Lopez");
        String evidence = row.locator("td").last().textContent().strip();
        assertThat(evidence).as("the evidence behind the suggestion").isNotBlank();
        BrowserSession.screenshot(page, "duplicates-suggested");

        Page phone = browser.page(true);
        phone.navigate(browser.url("/duplicates"));
        assertThat(phone.locator("#decisions tbody tr").count()).isEqualTo(1);
        BrowserSession.screenshot(phone, "duplicates-suggested-phone");

        row.locator("input[name=pair]").check();
        page.waitForNavigation(() -> page.locator("#decisions button[value=accept]").click());
        assertThat(page.locator("#done").textContent()).isEqualTo("1 merged, 0 rejected");
        assertThat(page.locator("#open-count").textContent()).isEqualTo("0 pairs waiting");
        assertThat(page.locator("#decisions").count()).as("no pair left to decide").isZero();
        BrowserSession.screenshot(page, "duplicates-merged");

        assertThat(identity.openSuggestions(workspace, 10).open()).isZero();
        assertThat(identity.merges(workspace, null, 10)).hasSize(1);
        assertThat(identity.merges(workspace, CustomerId.of("other-3"), 10)).isEmpty();
    }
}
