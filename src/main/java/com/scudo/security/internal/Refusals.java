package com.scudo.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Refusals written by the security filters, as RFC 7807 problem details like every other API error. */
final class Refusals {
    static final String SIGN_IN_NEEDED = "Sign in, or send an API key as 'Authorization: Bearer <key>' "
            + "(the command line reads it from SCUDO_API_KEY or --api-key).";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Refusals() {
    }

    static void unauthorized(HttpServletResponse response, String detail, boolean badKey) throws IOException {
        response.setHeader("WWW-Authenticate", badKey ? "Bearer realm=\"scudo\", error=\"invalid_token\"" : "Bearer realm=\"scudo\"");
        problem(response, 401, "Unauthorized", detail);
    }

    static void forbidden(HttpServletResponse response, String detail) throws IOException {
        problem(response, 403, "Forbidden", detail);
    }

    static void badRequest(HttpServletResponse response, String detail) throws IOException {
        problem(response, 400, "Invalid workspace", detail);
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    /** Anonymous callers are asked to sign in; only a known caller is told "forbidden". */
    static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
