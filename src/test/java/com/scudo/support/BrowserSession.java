package com.scudo.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.TestAccounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * One headless Debian Chromium for a test class, driven by Playwright without ever downloading a browser.
 * Screenshots go to target/screenshots/.
 */
final class BrowserSession implements AutoCloseable {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private final Playwright playwright;
    private final Browser browser;
    private String signedIn;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /**
     * A browser signed in, through the real sign-in form, as an admin of {@code workspace} (a test user made on
     * first use); every page it opens shares that session.
     */
    static BrowserSession start(int port, WorkspaceId workspace) {
        BrowserSession session = start();
        String user = TestAccounts.at(port).adminUser(workspace);
        session.signedIn = session.signIn(port, user, TestAccounts.PASSWORD);
        return session;
    }

    /** Signs in on a fresh page and returns the session (cookies) to share; fails when the form refuses. */
    String signIn(int port, String username, String password) {
        BrowserContext context = browser.newContext();
        try {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill(username);
            page.locator("#password").fill(password);
            page.waitForNavigation(() -> page.locator("#login-form button[type=submit]").click());
            if (page.url().contains("/login")) {
                throw new IllegalStateException("Signing in as " + username + " failed: " + page.url());
            }
            return context.storageState();
        } finally {
            context.close();
        }
    }

    /** A browser with no session, for the sign-in tests. */
    static BrowserSession start() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new BrowserSession(playwright, browser);
    }

    /** A fresh page in its own context; {@code phone} gives a narrow touch screen. */
    Page page(boolean phone) {
        return page(phone, signedIn);
    }

    /** A fresh page signed in as the admin of another workspace (this session's person may not open it). */
    Page page(boolean phone, int port, WorkspaceId workspace) {
        return page(phone, signIn(port, TestAccounts.at(port).adminUser(workspace), TestAccounts.PASSWORD));
    }

    /** A fresh page with no session, as a visitor who has not signed in. */
    Page anonymousPage(boolean phone) {
        return page(phone, (String) null);
    }

    private Page page(boolean phone, String session) {
        Browser.NewContextOptions options = new Browser.NewContextOptions();
        if (session != null) {
            options.setStorageState(session);
        }
        if (phone) {
            options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
        } else {
            options.setViewportSize(1366, 900);
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
