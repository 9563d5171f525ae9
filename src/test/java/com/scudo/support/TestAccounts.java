package com.scudo.support;

import com.scudo.security.ApiKeyScope;
import com.scudo.security.ApiKeys;
import com.scudo.security.Role;
import com.scudo.security.UserAccounts;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspaces;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only credentials, made through the product's own services on first use: per workspace an admin API key
 * (what {@link Api} sends) and signed-in users for the browser tests. Each running test server registers itself
 * under its port, so code that only knows the port (Api, BrowserSession) finds the right one.
 */
public class TestAccounts implements ApplicationListener<WebServerInitializedEvent> {
    /** Every test user's password: long enough for the product's rule, never used outside tests. */
    public static final String PASSWORD = "test-password-1234";
    private static final Map<Integer, TestAccounts> BY_PORT = new ConcurrentHashMap<>();
    private final Workspaces workspaces;
    private final ApiKeys keys;
    private final UserAccounts users;
    private final Map<String, String> adminKeys = new ConcurrentHashMap<>();
    private final Map<String, String> usernames = new ConcurrentHashMap<>();

    public TestAccounts(Workspaces workspaces, ApiKeys keys, UserAccounts users) {
        this.workspaces = workspaces;
        this.keys = keys;
        this.users = users;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        BY_PORT.put(event.getWebServer().getPort(), this);
    }

    public static TestAccounts at(int port) {
        TestAccounts accounts = BY_PORT.get(port);
        if (accounts == null) {
            throw new IllegalStateException("No test server on port " + port + " (is IntegrationTestConfiguration imported?)");
        }
        return accounts;
    }

    /** An admin-scope API key of the workspace, registering the workspace if it is new. */
    public String adminKey(String workspace) {
        return adminKeys.computeIfAbsent(workspace, w -> key(WorkspaceId.of(w), ApiKeyScope.ADMIN));
    }

    /** A fresh key of the given scope (not cached). */
    public String key(WorkspaceId workspace, ApiKeyScope scope) {
        workspaces.register(workspace, "tests");
        return keys.create(workspace, scope, "test " + scope.label(), "tests").secret();
    }

    /** A user of the given role belonging to exactly these workspaces; the password is {@link #PASSWORD}. */
    public String user(Role role, WorkspaceId... memberOf) {
        String name = role.label() + "-" + UUID.randomUUID().toString().substring(0, 8);
        for (WorkspaceId w : memberOf) {
            workspaces.register(w, "tests");
        }
        users.create(name, PASSWORD.toCharArray(), role, java.util.List.of(memberOf));
        return name;
    }

    /** One admin user per workspace, made on first use (for the browser tests). */
    public String adminUser(WorkspaceId workspace) {
        return usernames.computeIfAbsent(workspace.value(), w -> user(Role.ADMIN, workspace));
    }
}
