package com.scudo.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Closes the browser the browser test classes share ({@link BrowserSession}) when the test run ends, on the thread
 * that ran the tests (Playwright objects belong to the thread that made them). Registered in
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener.
 */
public class BrowserShutdown implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        BrowserSession.stopBrowser();
    }
}
