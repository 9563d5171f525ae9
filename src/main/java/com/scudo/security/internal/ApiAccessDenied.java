package com.scudo.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;

/** 403 as a problem detail saying why; a caller who is not signed in gets the 401 instead. */
final class ApiAccessDenied implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (!Refusals.signedIn()) {
            Refusals.unauthorized(response, Refusals.SIGN_IN_NEEDED, false);
        } else if (e instanceof WorkspaceRefused) {
            Refusals.forbidden(response, e.getMessage());
        } else if (e instanceof CsrfException) {
            Refusals.forbidden(response, "This change was sent without the page's security token; reload the page and try again.");
        } else {
            Refusals.forbidden(response, "Your role does not allow this. Ask an admin of this workspace.");
        }
    }
}
