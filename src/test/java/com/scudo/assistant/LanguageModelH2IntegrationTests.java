package com.scudo.assistant;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import com.scudo.support.TestAccounts;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional language-model backend against a local fake of the OpenAI chat-completions protocol, streamed as
 * server-sent events: the model asks for a tool, gets the tool's result, and writes its answer piece by piece; no
 * network beyond loopback.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageModelH2IntegrationTests {
    private static final List<String> MODEL_PIECES = List.of("Sarah Chen is your VIP: ", "45 orders and $8,500 spent, ",
            "at low risk.");
    private static final String MODEL_SAYS = String.join("", MODEL_PIECES);
    /** A question with these words gets the model's sentence held after its first piece until the test releases it. */
    private static final String HOLD_THE_REST = "slowly please";
    /** A question with these words gets the shop's overview from the model's tools. */
    private static final String ABOUT_THE_SHOP = "shop doing";
    private static final long GENEROUS = 60; // seconds: only so that a broken build fails instead of hanging
    private static final AtomicReference<CountDownLatch> RELEASE = new AtomicReference<>(new CountDownLatch(0));
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer fakeModel;

    @LocalServerPort
    int port;
    @Autowired
    Assistant assistant;
    @Autowired
    DemoData demo;
    WorkspaceId shop;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) throws IOException {
        fakeModel = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeModel.setExecutor(Executors.newCachedThreadPool()); // a held reply must not block the next request
        fakeModel.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(body);
            if (body.contains("model failure please")) {
                byte[] bytes = "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(500, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
                return;
            }
            // The product asks for a stream ("stream": true): the reply is server-sent events, a chunk per piece.
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                if (!body.contains("\"tool_call_id\"") && body.contains(ABOUT_THE_SHOP)) {
                    chunk(out, "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"call_2\","
                            + "\"type\":\"function\",\"function\":{\"name\":\"shop_overview\",\"arguments\":"
                            + "\"{\\\"period\\\":\\\"this year\\\"}\"}}]}", null);
                    chunk(out, "{}", "tool_calls");
                } else if (!body.contains("\"tool_call_id\"")) {
                    chunk(out, "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"call_1\","
                            + "\"type\":\"function\",\"function\":{\"name\":\"find_customers\",\"arguments\":"
                            + "\"{\\\"filter\\\":\\\"lifecycle = \\\\\\\"VIP\\\\\\\"\\\",\\\"sort\\\":\\\"-clv\\\"}\"}}]}", null);
                    chunk(out, "{}", "tool_calls");
                } else {
                    boolean held = body.contains(HOLD_THE_REST);
                    for (int i = 0; i < MODEL_PIECES.size(); i++) {
                        chunk(out, "{\"content\":\"" + MODEL_PIECES.get(i) + "\"}", null);
                        if (i == 0 && held) {
                            awaitRelease(); // the rest of the sentence is not written until the test has seen the first piece
                        }
                    }
                    chunk(out, "{}", "stop");
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        fakeModel.start();
        registry.add("scudo.assistant.llm.enabled", () -> "true");
        registry.add("scudo.assistant.llm.url", () -> "http://127.0.0.1:" + fakeModel.getAddress().getPort() + "/v1");
        registry.add("scudo.assistant.llm.api-key", () -> "test-key");
        registry.add("scudo.assistant.llm.model", () -> "fake-model");
    }

    private static void chunk(OutputStream out, String delta, String finish) throws IOException {
        String json = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
                + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void awaitRelease() {
        try {
            if (!RELEASE.get().await(GENEROUS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @BeforeAll
    void loadPersonas() {
        shop = WorkspaceId.of("llm-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(shop, 0, 42);
    }

    @BeforeEach
    void clear() {
        REQUESTS.clear();
    }

    @AfterAll
    void stop() {
        fakeModel.stop(0);
    }

    @Test
    void modelPlansWithToolsAndTheAnswerCarriesTheToolsCards() {
        Answer answer = assistant.ask(shop, "Who should I thank for being loyal?");

        assertThat(answer.source()).isEqualTo("language-model");
        assertThat(answer.insight()).isEqualTo(MODEL_SAYS);
        assertThat(answer.query()).isEqualTo("lifecycle = \"VIP\"");
        CustomerListCard list = AssistantScenarios.card(answer, CustomerListCard.class);
        assertThat(list.customers()).extracting(CustomerRow::customerId).contains("cust-001");
        assertThat(REQUESTS).hasSize(2);
        assertThat(REQUESTS.get(0)).contains("\"tools\"", "find_customers", "customer_profile", "segment_summary",
                "Who should I thank for being loyal?", "fake-model");
        assertThat(REQUESTS.get(1).replaceAll("\\s+", "")).contains("\"tool_call_id\":\"call_1\"", "cust-001", "SarahChen");
    }

    @Test
    void theModelCanAskForTheShopsFiguresOfAPeriod() {
        Answer answer = assistant.ask(shop, "How is the shop doing this year?");

        assertThat(answer.source()).isEqualTo("language-model");
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.SHOP_OVERVIEW);
        assertThat(answer.interpretation().period().words()).isEqualTo("this year");
        assertThat(answer.cards()).hasAtLeastOneElementOfType(SegmentTableCard.class);
        assertThat(REQUESTS.get(0)).contains("shop_overview");
        assertThat(REQUESTS.get(1).replaceAll("\\s+", "")).contains("\"tool_call_id\":\"call_2\"");
        assertThat(REQUESTS.get(1)).contains("This year (", "revenue from");
    }

    @Test
    void failingModelFallsBackToTheRules() {
        Answer answer = assistant.ask(shop, "Show me our VIP customers, model failure please");

        assertThat(REQUESTS).isNotEmpty();
        assertThat(answer.source()).isEqualTo("rules");
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.VIP_CUSTOMERS);
        assertThat(AssistantScenarios.card(answer, CustomerListCard.class).customers())
                .extracting(CustomerRow::customerId).contains("cust-001");
    }

    @Test
    void theModelsSentenceStreamsPieceByPieceBeforeTheAnswerIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RELEASE.set(release);
        String question = "Who should I thank for being loyal, " + HOLD_THE_REST + "?";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assistant/stream?q="
                        + URLEncoder.encode(question, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + TestAccounts.at(port).adminKey(shop.value()))
                .header("X-Scudo-Workspace", shop.value()).header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            Map.Entry<String, JsonNode> first = next(lines);
            assertThat(first.getKey()).isEqualTo("insight");
            assertThat(first.getValue().path("text").asString()).isEqualTo(MODEL_PIECES.get(0));
            assertThat(release.getCount()).as("the model is still holding the rest of its sentence").isEqualTo(1);

            release.countDown();
            List<Map.Entry<String, JsonNode>> rest = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e = next(lines); e != null; e = next(lines)) {
                rest.add(e);
                if (e.getKey().equals("done")) {
                    break;
                }
            }
            List<String> names = rest.stream().map(Map.Entry::getKey).toList();
            assertThat(names).containsExactly("insight", "insight", "card", "query", "done");
            String sentence = first.getValue().path("text").asString() + rest.get(0).getValue().path("text").asString()
                    + rest.get(1).getValue().path("text").asString();
            assertThat(sentence).isEqualTo(MODEL_SAYS);
            assertThat(rest).noneMatch(e -> e.getValue().has("replace"));
            assertThat(rest.get(2).getValue().path("type").asString()).isEqualTo("customers");
            assertThat(rest.get(3).getValue().path("query").asString()).isEqualTo("lifecycle = \"VIP\"");
            assertThat(rest.get(4).getValue().path("source").asString()).isEqualTo("language-model");
        } finally {
            release.countDown();
        }
    }

    /** The next server-sent event, or null at the end of the stream. */
    private static Map.Entry<String, JsonNode> next(BufferedReader lines) throws IOException {
        StringBuilder event = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isEmpty() && !event.isEmpty()) {
                List<Map.Entry<String, JsonNode>> parsed = SseEvents.parse(event.toString());
                if (!parsed.isEmpty()) {
                    return parsed.get(0);
                }
                event.setLength(0);
            } else if (!line.isEmpty()) {
                event.append(line).append('\n');
            }
        }
        return null;
    }
}
