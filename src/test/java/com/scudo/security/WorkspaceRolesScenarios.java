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

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles belong to workspace memberships: a person is admin in one shop and viewer in another, only an admin of a
 * workspace changes roles and memberships there, nothing done in one workspace changes another, every security
 * event is audited, and no answer tells an admin of one workspace who belongs to another.
 */
abstract class WorkspaceRolesScenarios {
    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    WorkspaceId a;
    WorkspaceId b;
    Api adminOfA;
    Api adminOfB;

    @BeforeEach
    void twoShops() {
        String r = UUID.randomUUID().toString().substring(0, 6);
        a = WorkspaceId.of("roles-a-" + r);
        b = WorkspaceId.of("roles-b-" + r);
        adminOfA = new Api(port, a.value());
        adminOfB = new Api(port, b.value());
    }

    /** carol: viewer in both shops, the probe's starting point. */
    private String carol() {
        String carol = TestAccounts.at(port).user(Role.VIEWER, a, b);
        assertThat(users.find(carol).orElseThrow().roleIn(b)).contains(Role.VIEWER);
        return carol;
    }

    @Test
    void aPersonIsAdminInOneWorkspaceAndViewerInAnother() {
        String carol = carol();
        users.addMembership(carol, a, Role.ADMIN);
        Session session = signIn(carol);

        assertThat(session.post(a, "/api/v1/api-keys", "{\"scope\": \"read\"}").status()).isEqualTo(201);
        assertThat(session.get(a, "/api/v1/users").status()).isEqualTo(200);
        assertThat(session.post(b, "/api/v1/api-keys", "{\"scope\": \"read\"}").status()).isEqualTo(403);
        assertThat(session.get(b, "/api/v1/users").status()).isEqualTo(403);
        assertThat(session.get(b, "/api/v1/audit").status()).isEqualTo(403);
        assertThat(session.get(b, "/api/v1/segments").status()).as("a viewer still reads").isEqualTo(200);
        assertThat(session.post(b, "/api/v1/segments", "{\"name\": \"No\", \"rule\": \"orders >= 1\"}").status())
                .isEqualTo(403);
    }

    @Test
    void anAdminOfOneWorkspaceChangesRolesThereOnly() {
        String carol = carol();

        Api.Response raised = adminOfA.patch("/api/v1/users/" + carol, "{\"role\": \"admin\"}");

        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.json().path("role").asString()).isEqualTo("admin");
        assertThat(raised.json().path("workspaces").toString()).doesNotContain(b.value());
        assertThat(users.find(carol).orElseThrow().roleIn(a)).contains(Role.ADMIN);
        assertThat(users.find(carol).orElseThrow().roleIn(b)).as("B untouched").contains(Role.VIEWER);
        Session session = signIn(carol);
        assertThat(session.get(b, "/api/v1/api-keys").status()).isEqualTo(403);
        assertThat(session.get(b, "/api/v1/customers/x1/privacy/export").status()).isEqualTo(403);

        String onlyInB = TestAccounts.at(port).user(Role.VIEWER, b);
        assertThat(adminOfA.patch("/api/v1/users/" + onlyInB, "{\"role\": \"admin\"}").status()).isEqualTo(404);
        assertThat(adminOfA.post("/api/v1/users/" + onlyInB + "/unlock", "").status()).isEqualTo(404);
        assertThat(adminOfA.delete("/api/v1/users/" + onlyInB).status()).isEqualTo(404);
        assertThat(users.find(onlyInB).orElseThrow().roleIn(b)).contains(Role.VIEWER);
        String analystOfA = new Api(port, a.value(), TestAccounts.at(port).key(a, ApiKeyScope.WRITE))
                .patch("/api/v1/users/" + carol, "{\"role\": \"viewer\"}").body();
        assertThat(users.find(carol).orElseThrow().roleIn(a)).as("only an admin changes roles: " + analystOfA)
                .contains(Role.ADMIN);
    }

    @Test
    void removingAMembershipLeavesTheOtherWorkspace() {
        String carol = carol();

        assertThat(adminOfA.delete("/api/v1/users/" + carol).status()).isEqualTo(204);

        assertThat(users.find(carol).orElseThrow().workspaces()).containsExactly(b);
        assertThat(names(adminOfA.get("/api/v1/users").json())).doesNotContain(carol);
        assertThat(names(adminOfB.get("/api/v1/users").json())).contains(carol);
        assertThat(signIn(carol).get(a, "/api/v1/segments").status()).isEqualTo(403);
    }

    @Test
    void aWorkspaceKeepsItsLastAdmin() {
        String only = TestAccounts.at(port).user(Role.ADMIN, a);
        assertThat(adminOfA.patch("/api/v1/users/" + only, "{\"role\": \"viewer\"}").status()).isEqualTo(409);
        assertThat(adminOfA.delete("/api/v1/users/" + only).status()).isEqualTo(409);
        assertThat(users.find(only).orElseThrow().roleIn(a)).contains(Role.ADMIN);
    }

    @Test
    void noAnswerTellsWhoBelongsToAnotherWorkspace() {
        String onlyInB = TestAccounts.at(port).user(Role.VIEWER, b);
        String inA = TestAccounts.at(port).user(Role.VIEWER, a);
        String body = "{\"username\": \"%s\", \"password\": \"a-long-password-1\", \"role\": \"viewer\"}";

        Api.Response elsewhere = adminOfA.post("/api/v1/users", body.formatted(onlyInB));
        Api.Response here = adminOfA.post("/api/v1/users", body.formatted(inA));

        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.json().path("detail").asString()).isEqualTo(here.json().path("detail").asString())
                .isEqualTo(AccountProblems.NAME_NOT_AVAILABLE);
        String listed = adminOfA.get("/api/v1/users").body();
        assertThat(listed).contains(inA).doesNotContain(onlyInB).doesNotContain(b.value());
        String carol = carol();
        assertThat(adminOfA.get("/api/v1/users").body()).contains(carol).doesNotContain(b.value());
        assertThat(adminOfA.post("/api/v1/users", ("{\"username\": \"n-%s\", \"password\": \"a-long-password-1\", "
                + "\"role\": \"viewer\", \"workspaces\": [\"%s\"]}").formatted(UUID.randomUUID().toString()
                .substring(0, 6), b.value())).status()).as("no user made in a workspace the caller does not run")
                .isEqualTo(403);
    }

    @Test
    void securityEventsAreAuditedInTheirWorkspace() {
        String carol = carol();
        String keyId = adminOfA.post("/api/v1/api-keys", "{\"scope\": \"read\", \"name\": \"audited\"}").json()
                .path("id").asString();
        assertThat(adminOfA.delete("/api/v1/api-keys/" + keyId).status()).isEqualTo(200);
        adminOfA.patch("/api/v1/users/" + carol, "{\"role\": \"analyst\"}");
        String made = "made-" + UUID.randomUUID().toString().substring(0, 6);
        adminOfA.post("/api/v1/users", "{\"username\": \"" + made + "\", \"password\": \"a-long-password-1\", "
                + "\"role\": \"viewer\"}");
        WebUser browser = new WebUser(port);
        for (int i = 0; i < 5; i++) {
            browser.signIn(carol, "wrong-password-" + i);
        }
        adminOfA.post("/api/v1/users/" + carol + "/unlock", "");
        adminOfA.delete("/api/v1/users/" + made);

        List<String> inA = events(adminOfA);
        assertThat(inA).contains("workspace.created " + a, "api_key.created " + keyId, "api_key.revoked " + keyId,
                "membership.role_changed " + carol, "user.created " + made, "user.locked " + carol,
                "user.unlocked " + carol, "membership.removed " + made);
        List<String> inB = events(adminOfB);
        assertThat(inB).doesNotContain("membership.role_changed " + carol, "api_key.created " + keyId,
                "user.created " + made);
        assertThat(inB).as("the lock keeps carol out of B as well").contains("user.locked " + carol);
        JsonNode roleChange = find(adminOfA, "membership.role_changed", carol);
        assertThat(roleChange.path("detail").asString()).isEqualTo("viewer -> analyst");
        assertThat(roleChange.path("actor").asString()).startsWith("api-key:");
    }

    @Test
    void aRefusedChangeLeavesNoEvent() {
        String only = TestAccounts.at(port).user(Role.ADMIN, a);
        List<String> before = events(adminOfA);
        assertThat(adminOfA.patch("/api/v1/users/" + only, "{\"role\": \"viewer\"}").status()).isEqualTo(409);
        assertThat(adminOfA.post("/api/v1/api-keys", "{\"scope\": \"nonsense\"}").status()).isEqualTo(400);
        assertThat(adminOfA.post("/api/v1/workspaces", "{\"id\": \"" + a + "\"}").status()).isEqualTo(409);
        assertThat(events(adminOfA)).isEqualTo(before);
    }

    private List<String> events(Api api) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : api.get("/api/v1/audit?limit=500").json().path("events")) {
            out.add(e.path("action").asString() + " " + e.path("subjectId").asString());
        }
        return out;
    }

    private JsonNode find(Api api, String action, String subject) {
        for (JsonNode e : api.get("/api/v1/audit?limit=500&action=" + action).json().path("events")) {
            if (e.path("subjectId").asString().equals(subject)) {
                return e;
            }
        }
        throw new AssertionError("no " + action + " for " + subject);
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(u -> out.add(u.path("username").asString()));
        return out;
    }

    private Session signIn(String username) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        WebUser person = new WebUser(port, http);
        assertThat(person.signIn(username, TestAccounts.PASSWORD)).isEqualTo("/");
        return new Session(person, person.pageToken());
    }

    /** A signed-in person calling the API with the session cookie and the page's CSRF token. */
    private final class Session {
        private final WebUser browser;
        private final String token;

        Session(WebUser browser, String token) {
            this.browser = browser;
            this.token = token;
        }

        Api.Response get(WorkspaceId workspace, String path) {
            return browser.send(request(workspace, path).GET());
        }

        Api.Response post(WorkspaceId workspace, String path, String json) {
            return browser.send(request(workspace, path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpRequest.Builder request(WorkspaceId workspace, String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Scudo-Workspace", workspace.value()).header("X-CSRF-TOKEN", token);
        }
    }
}
