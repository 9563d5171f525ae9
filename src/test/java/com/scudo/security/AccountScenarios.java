package com.scudo.security;

import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.TestAccounts;
import com.scudo.support.WebUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles, API keys, sign-in lockout, CSRF, security headers, health details and the workspace registry. */
abstract class AccountScenarios {
    private static final String SEGMENT = """
            {"name": "Role check %s", "rule": "orders >= 1"}""";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    WorkspaceId shop;
    TestAccounts accounts;

    @BeforeEach
    void newShop() {
        shop = WorkspaceId.of("acc-" + UUID.randomUUID().toString().substring(0, 8));
        accounts = TestAccounts.at(port);
        accounts.adminKey(shop.value());
    }

    private Api keyed(ApiKeyScope scope) {
        return new Api(port, shop.value(), accounts.key(shop, scope));
    }

    private String r() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void apiKeyScopesLimitWhatAKeyMayDo() {
        Api read = keyed(ApiKeyScope.READ);
        Api write = keyed(ApiKeyScope.WRITE);
        Api admin = keyed(ApiKeyScope.ADMIN);

        assertThat(read.get("/api/v1/segments").status()).isEqualTo(200);
        assertThat(read.post("/api/v1/segments", SEGMENT.formatted(r())).status()).isEqualTo(403);
        assertThat(read.post("/api/v1/customers", "{\"id\":\"k1\",\"name\":\"Kay One\"}").status()).isEqualTo(403);
        assertThat(write.post("/api/v1/customers", "{\"id\":\"k1\",\"name\":\"Kay One\"}").status()).isBetween(200, 201);
        assertThat(write.post("/api/v1/segments", SEGMENT.formatted(r())).status()).isEqualTo(201);
        assertThat(write.post("/api/v1/api-keys", "{\"scope\":\"read\"}").status()).isEqualTo(403);
        Api.Response issued = admin.post("/api/v1/api-keys", "{\"scope\":\"read\",\"name\":\"report tool\"}");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().path("key").asString();
        assertThat(secret).startsWith("scudo_");

        JsonNode listed = admin.get("/api/v1/api-keys").json();
        // the key is scudo_<id>_<secret>, and the secret may itself hold '_': check the whole of it, not its last piece
        // (one letter long now and then, and found anywhere in the list)
        String secretPart = secret.substring(("scudo_" + issued.json().path("id").asString() + "_").length());
        assertThat(secretPart).hasSizeGreaterThan(20);
        assertThat(listed.toString()).contains(issued.json().path("id").asString()).doesNotContain(secret)
                .doesNotContain(secretPart);
        Api fresh = new Api(port, shop.value(), secret);
        assertThat(fresh.get("/api/v1/overview").status()).isEqualTo(200);
        Api viaHeader = Api.anonymous(port, shop.value());
        assertThat(viaHeader.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/overview"))
                .header("X-Api-Key", secret).GET()).status()).isEqualTo(200);

        assertThat(admin.delete("/api/v1/api-keys/" + issued.json().path("id").asString()).status()).isEqualTo(200);
        Api.Response revoked = fresh.get("/api/v1/overview");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(new Api(port, shop.value(), "scudo_abcdefghij_nottherightsecret").get("/api/v1/overview").status())
                .isEqualTo(401);
    }

    @Test
    void rolesLimitWhatSignedInPeopleMayDo() {
        WebUser viewer = signedIn(Role.VIEWER);
        WebUser analyst = signedIn(Role.ANALYST);
        WebUser admin = signedIn(Role.ADMIN);

        assertThat(viewer.get("/segments").status()).isEqualTo(200);
        assertThat(apiPost(viewer, "/api/v1/segments", SEGMENT.formatted(r())).status()).isEqualTo(403);
        assertThat(apiPost(viewer, "/api/v1/api-keys", "{\"scope\":\"read\"}").status()).isEqualTo(403);
        String page = viewer.get("/segments").body();
        assertThat(viewer.postForm("/segments", Map.of("name", "Viewer " + r(), "rule", "orders >= 1",
                "_csrf", WebUser.hiddenToken(page))).status()).isEqualTo(403);

        assertThat(apiPost(analyst, "/api/v1/segments", SEGMENT.formatted(r())).status()).isEqualTo(201);
        assertThat(apiPost(analyst, "/api/v1/api-keys", "{\"scope\":\"read\"}").status()).isEqualTo(403);

        assertThat(apiPost(admin, "/api/v1/segments", SEGMENT.formatted(r())).status()).isEqualTo(201);
        assertThat(apiPost(admin, "/api/v1/api-keys", "{\"scope\":\"read\"}").status()).isEqualTo(201);
    }

    @Test
    void aDashboardPostWithoutTheCsrfTokenIsRefused() {
        WebUser analyst = signedIn(Role.ANALYST);
        String name = "Csrf " + r();
        Api.Response without = analyst.postForm("/segments", Map.of("name", name, "rule", "orders >= 1"));
        assertThat(without.status()).isEqualTo(403);
        assertThat(apiPost(analyst, "/api/v1/segments", SEGMENT.formatted(r()), null).status()).isEqualTo(403);
        assertThat(new Api(port, shop.value()).get("/api/v1/segments").body()).doesNotContain(name);

        String token = WebUser.hiddenToken(analyst.get("/segments").body());
        Api.Response with = analyst.postForm("/segments", Map.of("name", name, "rule", "orders >= 1", "_csrf", token));
        assertThat(with.status()).isEqualTo(302);
        assertThat(new Api(port, shop.value()).get("/api/v1/segments").body()).contains(name);
    }

    @Test
    void repeatedFailuresLockTheAccountWithoutSayingWhetherItExists() {
        String name = accounts.user(Role.ANALYST, shop);
        WebUser browser = new WebUser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(name, "wrong-password-" + i)).isEqualTo("/login?error");
        }
        assertThat(users.find(name).orElseThrow().lockedUntil()).isAfter(java.time.Instant.now().plusSeconds(14 * 60));
        assertThat(browser.signIn(name, TestAccounts.PASSWORD)).as("locked even with the right password").isEqualTo("/login?error");
        String locked = alert(browser.get("/login?error").body());
        assertThat(new WebUser(port).signIn("nobody-" + r(), "whatever-password")).isEqualTo("/login?error");
        assertThat(alert(new WebUser(port).get("/login?error").body())).isEqualTo(locked).contains("locked for 15 minutes");

        assertThat(new Api(port, shop.value()).post("/api/v1/users/" + name + "/unlock", "").status()).isEqualTo(200);
        assertThat(browser.signIn(name, TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(users.find(name).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void refusalsAreProblemDetailsAndPagesCarrySecurityHeaders() {
        Api.Response anonymous = Api.anonymous(port, null).get("/api/v1/overview");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.json().path("detail").asString()).contains("API key");

        Api.Response login = Api.anonymous(port, null).get("/login");
        assertThat(login.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "script-src 'self'")
                .doesNotContain("unsafe-eval");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(login.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
        Api.Response behindTls = Api.anonymous(port, null).send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).header("X-Forwarded-Proto", "https").GET());
        assertThat(behindTls.header("Strict-Transport-Security"))
                .as("X-Forwarded-Proto from a peer that is no trusted proxy is not believed").isNull();
    }

    @Test
    void healthIsOpenButItsDetailsAndOtherActuatorEndpointsAreForAdmins() {
        JsonNode open = Api.anonymous(port, null).get("/actuator/health").json();
        assertThat(open.path("status").asString()).isEqualTo("UP");
        assertThat(open.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(open.path("components").path("operationalStore").path("status").asString()).isEqualTo("UP");
        assertThat(open.findValue("details")).as("details are for admins").isNull();
        assertThat(new Api(port, shop.value()).get("/actuator/health").json().findValue("details")).isNotNull();
        assertThat(keyed(ApiKeyScope.READ).get("/actuator/health").json().findValue("details")).isNull();
        assertThat(Api.anonymous(port, null).get("/actuator/health/liveness").status()).isIn(200, 404);
        assertThat(Api.anonymous(port, null).get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(keyed(ApiKeyScope.WRITE).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(new Api(port, shop.value()).get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void workspacesAreRegisteredListedAndValidated() {
        Api admin = new Api(port, shop.value());
        String id = "reg-" + r();
        assertThat(keyed(ApiKeyScope.WRITE).post("/api/v1/workspaces", "{\"id\":\"" + id + "\"}").status()).isEqualTo(403);
        Api.Response created = admin.post("/api/v1/workspaces", "{\"id\":\"" + id + "\",\"name\":\"Second shop\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("name").asString()).isEqualTo("Second shop");
        // a key belongs to one workspace: the answer carries an admin key of the new one, which works there at once
        assertThat(created.header("Cache-Control")).contains("no-store");
        String newKey = created.json().path("apiKey").path("key").asString();
        assertThat(created.json().path("apiKey").path("workspace").asString()).isEqualTo(id);
        assertThat(new Api(port, id, newKey).get("/api/v1/overview").status()).isEqualTo(200);
        assertThat(new Api(port, shop.value(), newKey).get("/api/v1/overview").status()).isEqualTo(403);
        Api.Response again = admin.post("/api/v1/workspaces", "{\"id\":\"" + id + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().path("detail").asString()).contains("already exists");
        Api.Response bad = admin.post("/api/v1/workspaces", "{\"id\":\"Not An Id!\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("detail").asString()).contains("lower-case");
        // a key sees only its own workspace
        assertThat(admin.get("/api/v1/workspaces").json()).hasSize(1);

        WebUser owner = new WebUser(port);
        String person = accounts.user(Role.ADMIN, shop);
        assertThat(owner.signIn(person, TestAccounts.PASSWORD)).isEqualTo("/");
        String token = owner.pageToken();
        String mine = "mine-" + r();
        assertThat(owner.send(HttpRequest.newBuilder(URI.create(owner.base() + "/api/v1/workspaces"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + mine + "\"}"))).status()).isEqualTo(201);
        assertThat(owner.get("/api/v1/overview?workspace=" + mine).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/overview?workspace=" + id).status()).as("not a member of the key-made one").isEqualTo(403);
        assertThat(owner.get("/api/v1/workspaces").body()).contains(mine, shop.value()).doesNotContain(id);
    }

    private WebUser signedIn(Role role) {
        WebUser person = new WebUser(port);
        assertThat(person.signIn(accounts.user(role, shop), TestAccounts.PASSWORD)).isEqualTo("/");
        return person;
    }

    private Api.Response apiPost(WebUser person, String path, String json) {
        return apiPost(person, path, json, person.pageToken());
    }

    private Api.Response apiPost(WebUser person, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(person.base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("X-CSRF-TOKEN", token);
        }
        return person.send(request);
    }

    private static String alert(String html) {
        int start = html.indexOf("class=\"alert\"");
        assertThat(start).as("an alert on the sign-in page").isPositive();
        return html.substring(html.indexOf('>', start) + 1, html.indexOf("</p>", start));
    }
}
