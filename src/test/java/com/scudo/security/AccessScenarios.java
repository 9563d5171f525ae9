package com.scudo.security;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.Endpoints;
import com.scudo.support.Endpoints.Endpoint;
import com.scudo.support.TestAccounts;
import com.scudo.support.WebUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.net.CookieManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mapped endpoint, read from Spring's handler mapping (so endpoints added later are covered): strangers are
 * refused, and a caller of workspace A never gets workspace B's data, whatever ids, header or parameter it sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessScenarios {
    /** Public on purpose: signing in, the first-admin setup, the refusal page and the error dispatch. */
    /** Pages for signing in, and who this server is (the command line's check before it sends a key). */
    /** Shopify's deliveries: no key, their signature is checked (ShopifyWebhooksH2IntegrationTests). */
    static final Set<String> PUBLIC = Set.of("/login", "/setup", "/access-denied", "/error", "/api/v1/installation",
            "/api/v1/shopify/webhooks");
    /** Loads a whole demo shop into the caller's own workspace: allowed, only too slow to repeat per probe. */
    static final Set<String> SKIPPED = Set.of("POST /api/v1/demo-data");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    DemoData demo;

    WorkspaceId a;
    WorkspaceId b;
    Secrets bData;

    /** B's ids to aim at, and words only B's data contains (never part of a request). */
    record Secrets(String customerId, String email, String segmentId, String importId, String recommendationId,
                   String runId, String keyId, String username, List<String> markers) {
    }

    @BeforeAll
    void twoShops() {
        String r = UUID.randomUUID().toString().substring(0, 6);
        a = WorkspaceId.of("iso-a-" + r);
        b = WorkspaceId.of("iso-b-" + r);
        demo.load(a, 0, 42);
        demo.load(b, 0, 42);
        bData = secretsOf(b, r);
    }

    private Secrets secretsOf(WorkspaceId shop, String r) {
        Api api = new Api(port, shop.value());
        String name = "Quillon Zorblat" + r;
        String email = "bsecret" + r + "@example.com";
        assertThat(api.post("/api/v1/customers", """
                {"id": "bsecret-%s", "name": "%s", "email": "%s", "city": "Bsecretville%s"}""".formatted(r, name, email, r))
                .status()).isBetween(200, 201);
        JsonNode segment = api.post("/api/v1/segments", """
                {"name": "Bsecret segment %s", "rule": "orders >= 0"}""".formatted(r)).json();
        String boundary = "b" + r;
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bsecret-file-" + r
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\ncustomer_id,name,email\nbimp-" + r + ",Bimported Secret" + r
                + ",bimp" + r + "@example.com\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        JsonNode job = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/api/v1/imports?format=scudo-customers"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))).json();
        JsonNode run = api.post("/api/v1/analytics/runs?asOf=2026-06-30", "").json();
        String runId = run.path("runId").asString();
        for (int i = 0; i < 600 && !"done".equals(api.get("/api/v1/analytics/runs/" + runId).json().path("state").asString()); i++) {
            sleep();
        }
        JsonNode recommendations = api.get("/api/v1/recommendations").json();
        String recommendation = recommendations.isArray() && !recommendations.isEmpty()
                ? recommendations.get(0).path("id").asString() : "none";
        JsonNode key = api.post("/api/v1/api-keys", """
                {"scope": "read", "name": "Bsecret key %s"}""".formatted(r)).json();
        String user = TestAccounts.at(port).user(Role.VIEWER, shop);
        return new Secrets("bsecret-" + r, email, segment.path("id").asString(), job.path("id").asString(),
                recommendation, runId, key.path("id").asString(), user,
                List.of("Zorblat" + r, "Bsecretville" + r, "Bsecret segment " + r,
                        "bsecret-file-" + r, "Bimported Secret" + r, "Bsecret key " + r));
    }

    List<Endpoint> endpoints() {
        List<Endpoint> all = Endpoints.all(mapping);
        assertThat(all).extracting(Endpoint::toString)
                .contains("GET /api/v1/customers/{idOrEmail}/360", "POST /api/v1/segments", "GET /customers/{id}",
                        "POST /api/v1/api-keys", "GET /api/v1/workspaces");
        return all;
    }

    @Test
    void strangersAreRefusedEverywhereButTheSignInPages() {
        Probe stranger = new Probe(port);
        List<String> checked = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (PUBLIC.contains(e.pattern())) {
                continue;
            }
            Probe.Answer answer = stranger.send(e, e.path((segment, name) -> "x1"));
            if (e.api()) {
                assertThat(answer.status()).as(e.toString()).isEqualTo(401);
                assertThat(answer.contentType()).as(e.toString()).startsWith("application/problem+json");
                assertThat(answer.header("WWW-Authenticate")).as(e.toString()).startsWith("Bearer");
                assertThat(answer.body()).as(e.toString()).contains("\"status\":401").doesNotContain("Exception");
            } else {
                assertThat(answer.status()).as(e.toString()).isEqualTo(302);
                assertThat(answer.header("Location")).as(e.toString()).endsWith("/login");
            }
            checked.add(e.toString());
        }
        assertThat(checked).hasSizeGreaterThan(40);
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/actuator/metrics", "/actuator/info")) {
            assertThat(Api.anonymous(port, null).get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(Api.anonymous(port, null).get("/actuator/health").status()).isEqualTo(200);
        assertThat(Api.anonymous(port, null).get("/login").status()).isEqualTo(200);
    }

    @Test
    void workspaceAsKeyNeverSeesWorkspaceBsData() {
        Probe withKey = new Probe(port).header("Authorization", "Bearer " + TestAccounts.at(port).adminKey(a.value()));
        probeWithBsIds(withKey, false);
        assertBsDataUntouched();
    }

    @Test
    void workspaceAsKeyNamingWorkspaceBIsRefused() {
        String key = TestAccounts.at(port).adminKey(a.value());
        Probe header = new Probe(port).header("Authorization", "Bearer " + key).header("X-Scudo-Workspace", b.value());
        Probe apiKeyHeader = new Probe(port).header("X-Api-Key", key);
        for (Endpoint e : endpoints()) {
            if (PUBLIC.contains(e.pattern()) || !e.api() || SKIPPED.contains(e.toString())) {
                continue;
            }
            String path = e.path(this::bId);
            assertRefused(e, header.send(e, path));
            assertRefused(e, apiKeyHeader.send(e, path + (path.contains("?") ? "&" : "?") + "workspace=" + b.value()));
        }
        assertBsDataUntouched();
    }

    @Test
    void aSignedInUserOfAOnlyNeverSeesWorkspaceBsData() {
        String admin = TestAccounts.at(port).user(Role.ADMIN, a);
        CookieManager cookies = new CookieManager();
        WebUser person = new WebUser(port, Probe.withCookies(cookies));
        assertThat(person.signIn(admin, TestAccounts.PASSWORD)).isEqualTo("/");
        String token = person.pageToken();
        Probe session = new Probe(port, Probe.withCookies(cookies)).header("X-CSRF-TOKEN", token);
        probeWithBsIds(session, true);
        for (Endpoint e : endpoints()) {
            if (PUBLIC.contains(e.pattern()) || e.writes()) {
                continue;
            }
            String path = e.path(this::bId);
            assertRefused(e, session.send(e, path + (path.contains("?") ? "&" : "?") + "workspace=" + b.value()));
        }
        assertBsDataUntouched();
    }

    private void probeWithBsIds(Probe caller, boolean pages) {
        for (Endpoint e : endpoints()) {
            if (PUBLIC.contains(e.pattern()) || SKIPPED.contains(e.toString()) || (!pages && !e.api())) {
                continue;
            }
            Probe.Answer answer = caller.send(e, e.path(this::bId));
            assertThat(answer.status()).as(e + " with B's ids").isLessThan(500);
            for (String marker : bData.markers()) {
                assertThat(answer.body()).as(e + " with B's ids").doesNotContainIgnoringCase(marker);
            }
            assertThat(answer.body()).as(e.toString()).doesNotContain("\tat ", "java.lang.", "org.jooq", "SQLException");
        }
    }

    private void assertRefused(Endpoint e, Probe.Answer answer) {
        assertThat(answer.status()).as(e + " naming B").isEqualTo(403);
        for (String marker : bData.markers()) {
            assertThat(answer.body()).as(e + " naming B").doesNotContainIgnoringCase(marker);
        }
    }

    /** Nothing aimed at B changed it: its segment, key, user and customer are as they were. */
    private void assertBsDataUntouched() {
        Api owner = new Api(port, b.value());
        assertThat(owner.get("/api/v1/segments/" + bData.segmentId()).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/customers/" + bData.customerId() + "/360").json().path("profile").path("name").asString())
                .startsWith("Quillon Zorblat");
        JsonNode keys = owner.get("/api/v1/api-keys").json();
        for (JsonNode k : keys) {
            if (k.path("id").asString().equals(bData.keyId())) {
                assertThat(k.path("revokedAt").isMissingNode() || k.path("revokedAt").isNull()).as("B's key revoked").isTrue();
            }
        }
        boolean found = false;
        for (JsonNode u : owner.get("/api/v1/users").json()) {
            if (u.path("username").asString().equals(bData.username())) {
                assertThat(u.path("role").asString()).isEqualTo("viewer");
                found = true;
            }
        }
        assertThat(found).as("B's user still listed for B").isTrue();
    }

    /** B's id for the variable after this path segment (customers/{id}, segments/{id}, ...). */
    private String bId(String segment, String name) {
        switch (segment) {
            case "customers":
                return name.equals("idOrEmail") ? bData.email() : bData.customerId();
            case "segments":
                return bData.segmentId();
            case "imports":
                return bData.importId();
            case "recommendations":
            case "actions":
                return bData.recommendationId();
            case "runs":
                return bData.runId();
            case "api-keys":
                return bData.keyId();
            case "users":
                return bData.username();
            default:
                return name.equals("recommendation") ? bData.recommendationId() : bData.customerId();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
