package com.scudo.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every browser test shares: one headless Debian Chromium for the whole test run (started by the first browser
 * test class, closed by {@link BrowserShutdown} when the run ends; each class gets browser contexts of its own, so
 * no cookie or cache passes between classes), driven by Playwright without ever downloading a browser; pages at desktop or phone size, signed in through the real sign-in form or not; the URLs
 * of the server under test; screenshots in target/screenshots/. A class is skipped, not failed, where Chromium is
 * missing (scripts/test installs it).
 */
public final class BrowserSession implements AutoCloseable {
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** A first visit compiles templates and warms the JIT; on a busy machine it can exceed a test's 20 s timeouts. */
    private static final double WARM_UP_MS = 120_000;
    private static final double STEP_MS = 20_000;
    /** Starting Playwright's driver and Chromium costs seconds of both cores: once per run, not once per class. */
    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final int port;
    private final WorkspaceId workspace;
    private String signedIn;

    private BrowserSession(int port, WorkspaceId workspace) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Skipping the browser tests: " + CHROMIUM + " is missing (scripts/test installs it)");
        this.port = port;
        this.workspace = workspace;
        startBrowser();
    }

    private static synchronized void startBrowser() {
        if (browser != null && browser.isConnected()) {
            return;
        }
        stopBrowser();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Closes the shared browser and driver, if started (at the end of the run). */
    static synchronized void stopBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
        playwright = null;
        browser = null;
    }

    private BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        contexts.add(context);
        return context;
    }

    /**
     * A browser signed in as an admin of {@code workspace} (a test user made on first use); every page it opens
     * shares that session, and {@link #url} names that workspace.
     */
    public static BrowserSession signedIn(int port, WorkspaceId workspace) {
        BrowserSession session = new BrowserSession(port, workspace);
        session.signedIn = session.signIn(TestAccounts.at(port).adminUser(workspace), TestAccounts.PASSWORD);
        return session;
    }

    /** A browser with no session, for the sign-in tests; {@link #url} still names {@code workspace}. */
    public static BrowserSession signedOut(int port, WorkspaceId workspace) {
        return new BrowserSession(port, workspace);
    }

    /** Signs in on a fresh page and returns the session (cookies) to share; fails when the form refuses. */
    public String signIn(String username, String password) {
        BrowserContext context = newContext(new Browser.NewContextOptions());
        try {
            Page page = context.newPage();
            page.navigate(address("/login"));
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

    /** The server's page at {@code path} in this session's workspace. */
    public String url(String path) {
        return url(path, workspace);
    }

    public String url(String path, WorkspaceId in) {
        return address(path) + (path.contains("?") ? "&" : "?") + "workspace=" + in.value();
    }

    /** The server's {@code path} as it is, naming no workspace. */
    public String address(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens each page once with a long timeout, so the tests' own first views do not pay for the server's. */
    public void warmUp(boolean phone, String... paths) {
        Page page = page(phone);
        try {
            for (String path : paths) {
                page.navigate(url(path), new Page.NavigateOptions().setTimeout(WARM_UP_MS));
            }
        } finally {
            page.context().close();
        }
    }

    /** A fresh page in its own context; {@code phone} gives a narrow touch screen. */
    public Page page(boolean phone) {
        return page(phone, signedIn);
    }

    /** A fresh page signed in as the admin of another workspace (this session's person may not open it). */
    public Page page(boolean phone, WorkspaceId other) {
        return page(phone, signIn(TestAccounts.at(port).adminUser(other), TestAccounts.PASSWORD));
    }

    /** A fresh page with no session, as a visitor who has not signed in. */
    public Page anonymousPage(boolean phone) {
        return page(phone, (String) null);
    }

    private Page page(boolean phone, String session) {
        Browser.NewContextOptions options = new Browser.NewContextOptions();
        if (session != null) {
            options.setStorageState(session);
        }
        if (phone) {
            options.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true);
        } else {
            options.setViewportSize(1366, 900);
        }
        BrowserContext context = newContext(options);
        context.setDefaultTimeout(STEP_MS);
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Closes a session that may never have started (the class was skipped before). */
    public static void close(BrowserSession session) {
        if (session != null) {
            session.close();
        }
    }

    /** Closes every page and context this session opened; the browser stays for the next class. */
    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            context.close(); // closing a closed context does nothing
        }
        contexts.clear();
    }
}
