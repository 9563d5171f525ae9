package com.scudo.docs;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.Endpoints;
import com.scudo.support.H2IntegrationTest;
import com.scudo.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path the README names exists with the method it gives, and answers when called: the README cannot name an
 * endpoint that is not there. A path without a method, listed right after one with a method, takes that method
 * (else GET); a
 * path not under /api, /actuator, /v3 or /swagger-ui, nor a page, is read under /api/v1, as the README says.
 */
@H2IntegrationTest
class ReadmePathsIntegrationTests {
    private static final Pattern CODE = Pattern.compile("`((?:GET|POST|PUT|PATCH|DELETE)(?:/(?:GET|POST|PUT|PATCH|DELETE))* )?(/[^`\\s]*)`");
    private static final Set<String> PAGES = Set.of("/login", "/setup");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    DemoData demo;

    record Named(String method, String path) {
        String pattern() {
            return path.replaceAll("\\{[^}]+}|\\b[A-Z][A-Z_]+\\b", "{}");
        }
    }

    @Test
    void everyPathTheReadmeNamesExistsAndAnswers() throws IOException {
        List<Named> named = readmePaths(Files.readString(Path.of("README.md")));
        assertThat(named).extracting(Named::path).contains("/api/v1/assistant/ask", "/api/v1/customers/{idOrEmail}/360");

        Set<String> mapped = new LinkedHashSet<>();
        Endpoints.all(mapping).forEach(e -> mapped.add(e.method() + " " + e.pattern().replaceAll("\\{[^}]+}", "{}")));
        mapped.add("GET /actuator/health");
        mapped.add("GET /v3/api-docs");
        mapped.add("GET /swagger-ui.html");
        assertThat(named).allSatisfy(n -> assertThat(mapped).as("the README names " + n.method() + " " + n.path())
                .contains(n.method() + " " + n.pattern()));

        String workspace = "readme-" + UUID.randomUUID().toString().substring(0, 8);
        demo.load(WorkspaceId.of(workspace), 5, 42);
        Api api = new Api(port, workspace, TestAccounts.at(port).adminKey(workspace));
        List<Named> calls = new ArrayList<>(named.stream().filter(n -> !PAGES.contains(n.path())).toList());
        calls.sort(Comparator.comparing(n -> n.method().equals("DELETE"))); // erasure last
        for (Named n : calls) {
            String path = n.path().replaceAll("/customers/\\{[^}]+}", "/customers/cust-001")
                    .replaceAll("/segments/\\{[^}]+}", "/segments/VIP_HIGH_VALUE").replaceAll("\\{[^}]+}|\\b[A-Z][A-Z_]+\\b", "x")
                    + (n.path().endsWith("/stream") ? "?q=hello" : "");
            Api.Response response = switch (n.method()) {
                case "GET" -> api.get(path);
                case "POST" -> api.post(path, "{}");
                case "PUT" -> api.put(path, "{}");
                case "PATCH" -> api.patch(path, "{}");
                default -> api.delete(path);
            };
            assertThat(response.status()).as(n.method() + " " + path + ": " + response.body()).isNotEqualTo(405);
            assertThat(response.status() == 404 && response.body().contains("No static resource"))
                    .as(n.method() + " " + path + " has no handler").isFalse();
        }
    }

    static List<Named> readmePaths(String readme) {
        List<Named> found = new ArrayList<>();
        for (String paragraph : readme.split("\\n\\s*\\n")) {
            String method = "GET";
            int previousEnd = -1;
            Matcher m = CODE.matcher(paragraph);
            while (m.find()) {
                boolean listed = previousEnd >= 0 && paragraph.substring(previousEnd, m.start()).matches("\\s*(,|or|and)?\\s*");
                previousEnd = m.end();
                if (!listed) {
                    method = "GET"; // a path on its own, not one of a list after a method
                }
                String path = m.group(2).replaceAll("[?\\[].*$", "");
                if (path.contains("*") || path.equals("/") || path.equals("/api/v1")) {
                    continue;
                }
                List<String> methods = m.group(1) == null ? List.of(method) : List.of(m.group(1).trim().split("/"));
                method = methods.get(methods.size() - 1);
                String absolute = path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
                        || path.startsWith("/swagger-ui") || PAGES.contains(path) ? path : "/api/v1" + path;
                for (String each : methods) {
                    found.add(new Named(each, absolute));
                }
            }
        }
        return found;
    }
}
