package com.scudo.connector.shopify;

import com.scudo.connector.ConnectorSettings;
import com.scudo.connector.internal.ApiUrls;
import com.scudo.connector.internal.Connection;
import com.scudo.connector.internal.ConnectionStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls a store's GraphQL Admin API with its access token, within the API's cost-based limits: every answer's
 * {@code extensions.cost.throttleStatus} says how many points are left and how fast they come back; a call that
 * would cost more than is left waits until enough has come back, and a THROTTLED answer (or HTTP 429) is retried
 * after that wait.
 */
@Component
class ShopifyAdminClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_THROTTLED = 20;
    private final ConnectionStore connections;
    private final ConnectorSettings settings;
    private final ApiUrls apiUrls;
    private final Sleeper sleeper;
    private final HttpClient http;

    /** Waiting is a seam so a test can see the waits; the product sleeps. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    @org.springframework.beans.factory.annotation.Autowired
    ShopifyAdminClient(ConnectionStore connections, ConnectorSettings settings, ApiUrls apiUrls) {
        this(connections, settings, apiUrls, d -> Thread.sleep(d.toMillis()));
    }

    ShopifyAdminClient(ConnectionStore connections, ConnectorSettings settings, ApiUrls apiUrls, Sleeper sleeper) {
        this.connections = connections;
        this.settings = settings;
        this.apiUrls = apiUrls;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The points the last answer left, per connection, to wait before a call rather than be refused. */
    private final java.util.Map<String, double[]> budget = new java.util.concurrent.ConcurrentHashMap<>();

    JsonNode graphql(Connection connection, String query, int expectedCost) throws IOException, InterruptedException {
        String token = connections.secrets(connection.id()).get(ShopifyConnections.ACCESS_TOKEN);
        ObjectNode body = JSON.createObjectNode().put("query", query);
        URI uri = URI.create(apiUrls.of(connection) + "/admin/api/" + settings.shopifyApiVersion() + "/graphql.json");
        for (int attempt = 1; ; attempt++) {
            double[] left = budget.get(connection.id());
            if (left != null && left[0] < expectedCost && left[1] > 0) {
                sleeper.sleep(Duration.ofMillis((long) Math.ceil((expectedCost - left[0]) / left[1] * 1000)));
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout().multipliedBy(3))
                    .header("Content-Type", "application/json")
                    .header("X-Shopify-Access-Token", token)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new IOException("Shopify refused the access token (HTTP " + response.statusCode() + ")");
            }
            JsonNode answer = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            JsonNode status = answer.path("extensions").path("cost").path("throttleStatus");
            if (status.isObject()) {
                budget.put(connection.id(), new double[] {status.path("currentlyAvailable").asDouble(),
                        status.path("restoreRate").asDouble()});
            }
            boolean throttled = response.statusCode() == 429 || throttled(answer);
            if (throttled) {
                if (attempt >= MAX_THROTTLED) {
                    throw new IOException("Shopify kept throttling after " + attempt + " attempts");
                }
                int requested = answer.path("extensions").path("cost").path("requestedQueryCost").asInt(expectedCost);
                double available = status.path("currentlyAvailable").asDouble(0);
                double rate = status.path("restoreRate").asDouble(50);
                sleeper.sleep(Duration.ofMillis((long) Math.ceil(Math.max(requested - available, 1) / rate * 1000)));
                continue;
            }
            if (response.statusCode() / 100 != 2) {
                throw new IOException("Shopify answered HTTP " + response.statusCode());
            }
            if (answer.path("errors").isArray() && !answer.path("errors").isEmpty()) {
                throw new IOException("Shopify answered errors: " + answer.path("errors"));
            }
            return answer.path("data");
        }
    }

    private static boolean throttled(JsonNode answer) {
        for (JsonNode error : answer.path("errors")) {
            if ("THROTTLED".equals(error.path("extensions").path("code").asString(""))
                    || "Throttled".equals(error.path("message").asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** The result file: a signed URL of its own, fetched without the access token. */
    InputStream download(String url) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() / 100 != 2) {
            response.body().close();
            throw new IOException("Downloading the bulk operation's result answered HTTP " + response.statusCode());
        }
        return response.body();
    }
}
