package com.scudo.security;

import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holes a hostile probe found, each closed: oversized numbers, Java names in errors, spreadsheet formulas in
 * exports, hand-edited cursors, the container's own errors, read-only POSTs for read keys, hidden characters.
 */
abstract class HardeningScenarios {
    @LocalServerPort
    int port;

    WorkspaceId shop;
    Api api;

    @BeforeEach
    void newShop() {
        shop = WorkspaceId.of("hard-" + UUID.randomUUID().toString().substring(0, 8));
        api = new Api(port, shop.value());
    }

    @Test
    void aHugeExponentIsASmallBadRequest() {
        Api.Response answer = api.post("/api/v1/orders", """
                {"id": "o-1", "customerId": "c-1", "orderedAt": "2026-06-01", "amount": 1e999999999, "currency": "EUR"}""");

        assertProblem(answer, 400);
        assertThat(answer.json().path("detail").asString()).contains("amount").contains("digits");
    }

    @Test
    void aWrongJsonTypeIsExplainedWithoutJavaNames() {
        for (String body : new String[]{
                "{\"id\": \"o-1\", \"customerId\": \"c-1\", \"orderedAt\": \"2026-06-01\", \"amount\": \"lots\"}",
                "{\"id\": \"o-1\", \"customerId\": \"c-1\", \"orderedAt\": \"2026-06-01\", \"amount\": 5, \"items\": \"x\"}",
                "{\"id\": \"o-1\", \"items\": [{\"quantity\": \"many\"}]}",
                "{\"id\": [1, 2]}",
                "[]",
                "{\"id\": \"o-1\", \"amount\": 1" + "0".repeat(200) + "}",
                "{\"id\": \"o-1\" \"amount\": 5}"}) {
            Api.Response answer = api.post("/api/v1/orders", body);
            assertProblem(answer, 400);
            assertThat(answer.body()).as(body).doesNotContain("java.", "com.scudo", "tools.jackson", "$", "`",
                    "Constraints");
        }
        assertThat(api.post("/api/v1/orders", "{\"id\": \"o-1\", \"items\": [{\"quantity\": \"many\"}]}")
                .json().path("detail").asString()).contains("items[0].quantity").contains("whole number");
    }

    @Test
    void anUnknownFieldIsNamedAndNothingIsRecorded() {
        Api.Response typo = api.post("/api/v1/customers", """
                {"id": "u-1", "name": "Uma", "emial": "uma@example.com"}""");
        assertProblem(typo, 400);
        assertThat(typo.json().path("detail").asString()).contains("'emial'").contains("not known")
                .contains("email");
        assertThat(api.get("/api/v1/customers/u-1/360").status()).isEqualTo(404);

        Api.Response nested = api.post("/api/v1/orders", """
                {"id": "o-u", "customerId": "u-1", "orderedAt": "2026-06-01", "amount": 5, "currency": "EUR",
                 "items": [{"sku": "a", "quantity": 1, "unitPrice": 5, "colour": "red"}]}""");
        assertProblem(nested, 400);
        assertThat(nested.json().path("detail").asString()).contains("'items[0].colour'");
        assertThat(nested.body()).doesNotContain("java.", "com.scudo", "tools.jackson");
    }

    @Test
    void theCustomerExportNeutralisesSpreadsheetFormulas() {
        assertThat(api.post("/api/v1/customers", """
                {"id": "f-1", "name": "=HYPERLINK(\\"http://evil.example\\",\\"x\\")", "email": "f1@example.com",
                 "city": "+cmd", "company": "@SUM(A1)"}""").status()).isBetween(200, 201);

        Api.Response csv = api.get("/api/v1/customers/export.csv");

        assertThat(csv.status()).isEqualTo(200);
        String line = csv.body().lines().filter(l -> l.contains("f-1")).findFirst().orElseThrow();
        assertThat(line).contains("\"'=HYPERLINK(").contains("'+cmd").contains("'@SUM(A1)")
                .doesNotContain(",=", ",+", ",@", ",\"=");
    }

    @Test
    void aHandEditedCursorIsABadRequest() {
        String hugeNumber = String.join(".", enc("c1"), enc("clv"), enc("d"), enc("v1e999999"), enc("x"));
        for (String cursor : new String[]{hugeNumber, "not-a-cursor", "%%%", "a".repeat(5000)}) {
            Api.Response answer = api.get("/api/v1/customers?sort=clv,desc&cursor="
                    + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            assertProblem(answer, 400);
        }
    }

    @Test
    void theErrorPathAndTheContainersOwnErrorsAreProblemDetails() throws IOException {
        Api.Response direct = Api.anonymous(port, null).get("/error");
        assertProblem(direct, 404);

        for (String request : new String[]{"GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/v1/a|b{c} HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/v1/overview HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n"}) {
            String raw = rawRequest(request + "Connection: close\r\n\r\n");
            assertThat(raw).as(request).startsWith("HTTP/1.1 400");
            assertThat(raw.toLowerCase()).as(request).contains("content-type: application/problem+json")
                    .doesNotContain("<html", "tomcat");
        }
    }

    @Test
    void aReadKeyMayAskAndPreviewButNotWrite() {
        Api read = new Api(port, shop.value(), TestAccounts.at(port).key(shop, ApiKeyScope.READ));

        assertThat(read.post("/api/v1/assistant/ask", "{\"question\": \"Show me our VIP customers\"}").status())
                .isEqualTo(200);
        assertThat(read.post("/api/v1/segments/preview", "{\"rule\": \"orders >= 1\"}").status()).isEqualTo(200);
        assertThat(read.post("/api/v1/segments", "{\"name\": \"No\", \"rule\": \"orders >= 1\"}").status())
                .isEqualTo(403);
    }

    @Test
    void namesWithBidirectionalControlsAreRefused() {
        String spoof = "Invoice\u202Etxt.exe";
        assertProblem(api.post("/api/v1/customers", "{\"id\": \"b-1\", \"name\": \"" + spoof + "\"}"), 400);
        assertProblem(api.post("/api/v1/segments", "{\"name\": \"" + spoof + "\", \"rule\": \"orders >= 1\"}"), 400);
        assertProblem(api.post("/api/v1/api-keys", "{\"scope\": \"read\", \"name\": \"" + spoof + "\"}"), 400);
        assertProblem(api.post("/api/v1/workspaces", "{\"id\": \"bidi-" + UUID.randomUUID().toString().substring(0, 6)
                + "\", \"name\": \"Shop \u2067x\"}"), 400);
        assertThat(api.post("/api/v1/customers", "{\"id\": \"b-2\", \"name\": \"Zoë Ørsted-Łukasz\"}").status())
                .as("ordinary letters of any language stay welcome").isBetween(200, 201);
    }

    @Test
    void aNulCharacterAnywhereIsABadRequest() {
        Api.Response created = api.post("/api/v1/customers", "{\"id\": \"n-1\", \"name\": \"Nul\"}");
        assertThat(created.status()).isBetween(200, 201);
        for (String path : new String[]{"/api/v1/customers?q=a%00b", "/api/v1/customers/lookup?name=%00",
                "/api/v1/audit?action=x%00", "/api/v1/segments?name=%00"}) {
            Api.Response answer = api.get(path);
            assertProblem(answer, 400);
            assertThat(answer.body()).as(path).contains("NUL");
        }
        assertProblem(api.get("/api/v1/customers/n-1%00/360"), 400);
        for (String body : new String[]{"{\"id\": \"n-2\", \"name\": \"a\\u0000b\"}",
                "{\"id\": \"n-2\", \"name\": \"x\", \"attributes\": {\"k\\u0000\": \"v\"}}"}) {
            assertProblem(api.post("/api/v1/customers", body), 400);
        }
        assertProblem(api.post("/api/v1/segments/preview", "{\"rule\": \"city = '\\u0000'\"}"), 400);
        assertProblem(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/analytics/runs")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("asOf=2026-01-01%00"))), 400);
        assertThat(api.post("/api/v1/customers", "{\"id\": \"n-3\", \"name\": \"back\\\\u0000slash\"}").status())
                .as("an escaped backslash before u0000 is no NUL").isBetween(200, 201);
    }

    @Test
    void anAnalyticsRunAsOfAnyDateIsNeverAServerError() {
        for (String asOf : new String[]{"0001-01-01", "-5000-01-01", "-999999999-01-01", "1900-02-28", "1969-12-31",
                "2026-02-30", "+10000-01-01", "x"}) {
            Api.Response answer = api.post("/api/v1/analytics/runs?wait=true&asOf="
                    + java.net.URLEncoder.encode(asOf, StandardCharsets.UTF_8), "");
            assertProblem(answer, 400);
        }
        assertThat(api.post("/api/v1/analytics/runs?wait=true&asOf=2026-01-31", "").status()).isEqualTo(200);
    }

    static void assertProblem(Api.Response answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().length()).isLessThan(4096);
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    private static String enc(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
