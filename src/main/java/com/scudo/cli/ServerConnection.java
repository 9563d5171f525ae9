package com.scudo.cli;

import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * HTTP to a Scudo server. Requests carry the API key, and the workspace header when a workspace was named (else
 * the server works in the key's). The local admin token is sent only where asked, to a server that has shown
 * this installation's id.
 */
final class ServerConnection {
    static final String KEY_VARIABLE = "SCUDO_API_KEY";
    private final String base;
    private final String workspace;
    private final String apiKey;
    private final String localAdminToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(700)).build();

    ServerConnection(String base, String workspace, String apiKey, String localAdminToken) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.workspace = workspace;
        this.apiKey = apiKey;
        this.localAdminToken = localAdminToken;
    }

    /** What answers at the address: nothing, something that is not Scudo, or Scudo with its installation id. */
    record Answer(boolean listening, String installationId) {
        static final Answer NOBODY = new Answer(false, null);
    }

    Answer identify() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/installation"))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Answer(true, null);
            }
            String id = Gateway.JSON.readTree(response.body()).path("installationId").asString("");
            return new Answer(true, id.isBlank() ? null : id);
        } catch (JacksonException e) {
            return new Answer(true, null);
        } catch (IOException | IllegalArgumentException e) {
            return Answer.NOBODY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NOBODY;
        }
    }

    boolean hasLocalAdminToken() {
        return localAdminToken != null;
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

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(signed(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Accept", "application/json").GET()));
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(signed(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Accept", "application/json").DELETE()));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(signed(jsonPost(path, json)));
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(signed(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))));
    }

    HttpResponse<String> postWithLocalAdminToken(String path, String json) throws IOException, InterruptedException {
        return send(jsonPost(path, json).header("X-Scudo-Local-Token", localAdminToken));
    }

    private HttpRequest.Builder jsonPost(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
    }

    /** Streams a file as a multipart upload (field "file"), without reading it into memory. */
    HttpResponse<String> upload(String path, Path file) throws IOException, InterruptedException {
        String boundary = "scudo-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName().toString().replace("\"", "") + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail));
        return send(signed(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofHours(6))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String base() {
        return base;
    }
}
