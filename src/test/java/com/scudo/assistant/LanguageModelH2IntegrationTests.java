package com.scudo.assistant;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional language-model backend against a local fake of the OpenAI chat-completions protocol: the model
 * asks for a tool, gets the tool's result, and answers; no network beyond loopback.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageModelH2IntegrationTests {
    private static final String MODEL_SAYS = "Sarah Chen is your VIP: 45 orders and $8,500 spent, at low risk.";
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer fakeModel;

    @Autowired
    Assistant assistant;
    @Autowired
    DemoData demo;
    WorkspaceId shop;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) throws IOException {
        fakeModel = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeModel.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(body);
            int status = 200;
            String reply;
            if (body.contains("model failure please")) {
                status = 500;
                reply = "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}";
            } else if (!body.contains("\"tool_call_id\"")) {
                reply = completion("null", "[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"find_customers\","
                        + "\"arguments\":\"{\\\"filter\\\":\\\"lifecycle = \\\\\\\"VIP\\\\\\\"\\\",\\\"sort\\\":\\\"-clv\\\"}\"}}]",
                        "tool_calls");
            } else {
                reply = completion("\"" + MODEL_SAYS + "\"", null, "stop");
            }
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        fakeModel.start();
        registry.add("scudo.assistant.llm.enabled", () -> "true");
        registry.add("scudo.assistant.llm.url", () -> "http://127.0.0.1:" + fakeModel.getAddress().getPort() + "/v1");
        registry.add("scudo.assistant.llm.api-key", () -> "test-key");
        registry.add("scudo.assistant.llm.model", () -> "fake-model");
    }

    private static String completion(String content, String toolCalls, String finish) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake-model\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + content
                + (toolCalls == null ? "" : ",\"tool_calls\":" + toolCalls) + "},\"finish_reason\":\"" + finish + "\"}],"
                + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}";
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
    void failingModelFallsBackToTheRules() {
        Answer answer = assistant.ask(shop, "Show me our VIP customers, model failure please");

        assertThat(REQUESTS).isNotEmpty();
        assertThat(answer.source()).isEqualTo("rules");
        assertThat(answer.interpretation().intent()).isEqualTo(Intent.VIP_CUSTOMERS);
        assertThat(AssistantScenarios.card(answer, CustomerListCard.class).customers())
                .extracting(CustomerRow::customerId).contains("cust-001");
    }
}
