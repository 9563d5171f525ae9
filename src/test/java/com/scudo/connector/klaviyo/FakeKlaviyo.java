package com.scudo.connector.klaviyo;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local fake of Klaviyo's bulk profile import jobs API, answering with the documented shapes: a POST creates a
 * queued job, a GET of the job finds it complete. Records what it was sent.
 */
public final class FakeKlaviyo implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Profile attributes by external id, as last sent. */
    public final Map<String, JsonNode> profiles = new ConcurrentHashMap<>();
    /** The list of each job, once per job. */
    public final List<String> listIds = new CopyOnWriteArrayList<>();
    /** Requests that came without the private key or the revision header. */
    public final List<String> badHeaders = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    public FakeKlaviyo(String apiKey) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/profile-bulk-import-jobs", exchange -> {
            if (!("Klaviyo-API-Key " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    || exchange.getRequestHeaders().getFirst("revision") == null) {
                badHeaders.add(exchange.getRequestURI().toString());
            }
            String answer;
            int status;
            if (exchange.getRequestMethod().equals("POST")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                for (JsonNode profile : body.path("data").path("attributes").path("profiles").path("data")) {
                    profiles.put(profile.path("attributes").path("external_id").asString(), profile.path("attributes"));
                }
                body.path("data").path("relationships").path("lists").path("data")
                        .forEach(list -> listIds.add(list.path("id").asString()));
                status = 202;
                answer = "{\"data\":{\"type\":\"profile-bulk-import-job\",\"id\":\"job-1\",\"attributes\":{\"status\":\"queued\","
                        + "\"total_count\":" + profiles.size() + ",\"completed_count\":0,\"failed_count\":0}}}";
            } else {
                status = 200;
                answer = "{\"data\":{\"type\":\"profile-bulk-import-job\",\"id\":\"job-1\",\"attributes\":{\"status\":\"complete\"}}}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.api+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
