package com.scudo.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person in a browser, over plain HTTP: a cookie jar, the real sign-in form (with its CSRF token), and the
 * page's CSRF token for later writes. Redirects are not followed, so tests see them.
 */
public final class WebUser {
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private final HttpClient http;
    private final String base;

    public WebUser(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    /** With a client of the caller's (sharing its cookie jar). */
    public WebUser(int port, HttpClient http) {
        this.base = "http://localhost:" + port;
        this.http = http;
    }

    /** Signs in through the form; returns where the form sent the browser (e.g. "/" or "/login?error"). */
    public String signIn(String username, String password) {
        Api.Response form = get("/login");
        Api.Response answer = postForm("/login", Map.of("username", username, "password", password, "_csrf", hiddenToken(form.body())));
        return answer.header("Location") == null ? "" : URI.create(answer.header("Location")).getPath()
                + (URI.create(answer.header("Location")).getQuery() == null ? "" : "?" + URI.create(answer.header("Location")).getQuery());
    }

    public Api.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form post as a browser sends it; add "_csrf" to the fields to include the token. */
    public Api.Response postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token the dashboard puts in its pages' meta tag (what htmx sends). */
    public String pageToken() {
        Matcher m = META_TOKEN.matcher(get("/").body());
        if (!m.find()) {
            throw new AssertionError("no CSRF meta tag on the overview page");
        }
        return m.group(1);
    }

    public static String hiddenToken(String html) {
        Matcher m = HIDDEN_TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the form");
        }
        return m.group(1);
    }

    public Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
