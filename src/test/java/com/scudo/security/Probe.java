package com.scudo.security;

import com.scudo.support.Endpoints.Endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends one request to an endpoint with chosen headers and reads at most a little of the answer: an event
 * stream that stays open is only checked for its status, so probing every endpoint never hangs.
 */
final class Probe {
    private final HttpClient http;
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Probe(int port) {
        this(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    Probe(int port, HttpClient http) {
        this.base = "http://localhost:" + port;
        this.http = http;
    }

    static HttpClient withCookies(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    Probe header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    record Answer(int status, String contentType, String body, HttpResponse<?> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Answer send(Endpoint endpoint, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        if (endpoint.writes()) {
            request.header("Content-Type", "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String body;
            try (InputStream in = response.body()) {
                body = type.startsWith("text/event-stream") ? "" : new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), type, body, response);
        } catch (IOException e) {
            throw new IllegalStateException(endpoint + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
