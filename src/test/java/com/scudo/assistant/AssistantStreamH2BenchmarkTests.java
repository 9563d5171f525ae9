package com.scudo.assistant;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Time from sending a question to the first server-sent event, over loopback, rules only (no language model),
 * on the demo shop. Prints figures; asserts nothing about time. Run with
 * {@code ./mvnw -q -o test -Dtest=AssistantStreamH2BenchmarkTests -Dscudo.benchmark=true}.
 */
@H2IntegrationTest
@EnabledIfSystemProperty(named = "scudo.benchmark", matches = "true")
class AssistantStreamH2BenchmarkTests {
    private static final int WARM_UP = 20;
    private static final int RUNS = 50;
    private static final List<String> QUESTIONS = List.of("Show me our VIP customers", "Find customers at risk of churning",
            "Analyze business professional segment", "Show me David Kim's complete profile", "Why is James Wilson at risk?",
            "top 10 customers by CLV", "customers likely to order in the next 30 days", "list segments",
            "what is the weather like");

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;

    @Test
    void timeToFirstStreamedEvent() throws Exception {
        WorkspaceId shop = WorkspaceId.of("bench-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(shop, 90, 42);
        HttpClient http = HttpClient.newHttpClient();
        System.out.printf(Locale.US, "%nTime to the first SSE event (ms), demo shop of %d customers, H2, %d runs each%n",
                DemoData.totalCustomers(90), RUNS);
        System.out.printf(Locale.US, "%-48s %8s %8s %8s %8s%n", "question", "median", "p95", "max", "to done");
        for (String q : QUESTIONS) {
            for (int i = 0; i < WARM_UP; i++) {
                firstEvent(http, shop, q);
            }
            List<Double> first = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                double[] t = firstEvent(http, shop, q);
                first.add(t[0]);
                whole.add(t[1]);
            }
            Collections.sort(first);
            Collections.sort(whole);
            System.out.printf(Locale.US, "%-48s %8.1f %8.1f %8.1f %8.1f%n", q, first.get(RUNS / 2),
                    first.get((int) (RUNS * 0.95)), first.get(RUNS - 1), whole.get(RUNS / 2));
        }
    }

    /** Milliseconds to the first event line and to the end of the stream. */
    private double[] firstEvent(HttpClient http, WorkspaceId shop, String q) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assistant/stream?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("X-Scudo-Workspace", shop.value())
                .header("Authorization", "Bearer " + com.scudo.support.TestAccounts.at(port).adminKey(shop.value()))
                .header("Accept", "text/event-stream").GET().build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        double first = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (first < 0 && line.startsWith("event:")) {
                    first = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return new double[] {first, (System.nanoTime() - start) / 1e6};
    }
}
