package com.scudo.platform;

import com.scudo.shared.WorkspaceId;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The workspace a request works in, decided once by the security layer from the signed-in user or the API key
 * and kept as a request attribute. Controllers receive it through their {@code WorkspaceId} parameter and never
 * read the header or query parameter themselves.
 */
public final class RequestWorkspace {
    /** The header a client names the workspace in. */
    public static final String HEADER = "X-Scudo-Workspace";
    /** The query parameter pages and browser event streams name it in (they cannot set headers). */
    public static final String PARAMETER = "workspace";
    private static final String ATTRIBUTE = RequestWorkspace.class.getName();

    private RequestWorkspace() {
    }

    public static void set(ServletRequest request, WorkspaceId workspace) {
        request.setAttribute(ATTRIBUTE, workspace);
    }

    public static Optional<WorkspaceId> of(ServletRequest request) {
        return Optional.ofNullable((WorkspaceId) request.getAttribute(ATTRIBUTE));
    }

    /**
     * The workspace the client asked for (header, else query parameter), as sent, or null. An upload's body is not
     * parsed for it: only its query string counts, so no file is read before the request is allowed.
     */
    public static String requested(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String contentType = request.getContentType();
        String value = contentType != null && contentType.startsWith("multipart/")
                ? fromQueryString(request.getQueryString()) : request.getParameter(PARAMETER);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String fromQueryString(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(PARAMETER)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
