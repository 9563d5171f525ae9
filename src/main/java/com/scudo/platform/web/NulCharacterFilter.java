package com.scudo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Refuses a request whose address, query parameters, form fields or (API) JSON texts hold the NUL character
 * (U+0000) with a 400 problem detail. PostgreSQL refuses 0x00 in any text column or parameter, so without this check a NUL that
 * reached a query (a search, a name, an id) came back as a server error; no legitimate name, id or rule has one.
 * Runs after {@link RequestSizeLimitFilter}, so the JSON body it reads is bounded.
 */
class NulCharacterFilter extends OncePerRequestFilter {
    private static final byte[] ESCAPED_NUL = "\\u0000".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final JsonMapper json;

    NulCharacterFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (encodesNul(request.getRequestURI()) || encodesNul(request.getQueryString())) {
            refuse(response);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") && formHoldsNul(request)) {
            refuse(response);
            return;
        }
        // JSON bodies are read only where RequestSizeLimitFilter has bounded them; uploads carry no JSON text
        if (!type.contains("json") || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (mayEscapeNul(body) && holdsNul(body)) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    /** A dashboard form's fields (read as Spring would read them to bind them). */
    private static boolean formHoldsNul(HttpServletRequest request) {
        for (var field : request.getParameterMap().entrySet()) {
            if (field.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : field.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean encodesNul(String raw) {
        return raw != null && (raw.contains("%00") || raw.indexOf('\0') >= 0);
    }

    /** Cheap first look: a JSON text can only hold a NUL written as the escape {@code \u0000}. */
    private static boolean mayEscapeNul(byte[] body) {
        outer:
        for (int i = 0; i + ESCAPED_NUL.length <= body.length; i++) {
            for (int j = 0; j < ESCAPED_NUL.length; j++) {
                if (body[i + j] != ESCAPED_NUL[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** True when a property name or string value decodes to a text with a NUL; malformed JSON is left to the reader. */
    private boolean holdsNul(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
                        && parser.getString().indexOf('\0') >= 0) {
                    return true;
                }
            }
            return false;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(400);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Invalid character\",\"status\":400,"
                + "\"detail\":\"Texts, parameters and addresses may not contain the NUL character (U+0000).\"}");
    }
}
