package com.scudo.connector.klaviyo;

import com.scudo.connector.ConnectorSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Klaviyo's JSON:API endpoints as the sync uses them: {@code Authorization: Klaviyo-API-Key <private key>} and the
 * {@code revision} header on every call; a 429 is retried after its Retry-After.
 */
@Component
class KlaviyoClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MEDIA = "application/vnd.api+json";
    private final ConnectorSettings settings;
    private final HttpClient http;

    KlaviyoClient(ConnectorSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    }

    JsonNode post(String baseUrl, String apiKey, String path, JsonNode body) throws IOException, InterruptedException {
        return send(baseUrl, apiKey, path, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    JsonNode get(String baseUrl, String apiKey, String path) throws IOException, InterruptedException {
        return send(baseUrl, apiKey, path, null);
    }

    private JsonNode send(String baseUrl, String apiKey, String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(settings.requestTimeout().multipliedBy(3))
                    .header("Authorization", "Klaviyo-API-Key " + apiKey)
                    .header("revision", settings.klaviyoRevision())
                    .header("accept", MEDIA);
            request = body == null ? request.GET() : request.header("Content-Type", MEDIA).POST(body);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429 && attempt < 10) {
                long wait = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                Thread.sleep(Duration.ofSeconds(Math.min(wait, 60)).toMillis());
                continue;
            }
            if (response.statusCode() / 100 != 2) {
                throw new IOException("Klaviyo answered HTTP " + response.statusCode() + " to " + path + ": "
                        + (response.body().length() > 300 ? response.body().substring(0, 300) : response.body()));
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }
    }
}
