package com.scudo.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks to a running Scudo server, which owns the embedded stores while it runs. Requests carry the API key
 * given with --api-key, else the SCUDO_API_KEY environment variable (keep keys out of shell history: prefer the
 * variable).
 */
final class ServerConnection {
    static final String KEY_VARIABLE = "SCUDO_API_KEY";
    private final String base;
    private final String workspace;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(700)).build();

    ServerConnection(String base, String workspace, String apiKey) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.workspace = workspace;
        String fromEnvironment = System.getenv(KEY_VARIABLE);
        this.apiKey = apiKey != null && !apiKey.isBlank() ? apiKey.trim()
                : fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.trim();
    }

    private HttpRequest.Builder signed(HttpRequest.Builder request) {
        if (workspace != null) {
            request.header("X-Scudo-Workspace", workspace);
        }
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return request;
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return http.send(signed(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Accept", "application/json").DELETE()).build(), HttpResponse.BodyHandlers.ofString());
    }

    boolean isUp() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 500;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        return http.send(signed(request).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Accept", "application/json").GET();
        return http.send(signed(request).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Streams a file as a multipart upload (field "file"), without reading it into memory. */
    HttpResponse<String> upload(String path, java.nio.file.Path file) throws IOException, InterruptedException {
        String boundary = "scudo-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName().toString().replace("\"", "") + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofHours(6))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body);
        return http.send(signed(request).build(), HttpResponse.BodyHandlers.ofString());
    }

    String base() {
        return base;
    }
}
