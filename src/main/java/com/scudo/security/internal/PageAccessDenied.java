package com.scudo.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import java.io.IOException;

/** A signed-in person sees a 403 page in the dashboard's look; anyone else is sent to sign in. */
final class PageAccessDenied implements AccessDeniedHandler {
    private final PageEntryPoint signIn = new PageEntryPoint();
    private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();

    PageAccessDenied() {
        page.setErrorPage("/access-denied");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (!Refusals.signedIn()) {
            signIn.commence(request, response, new InsufficientAuthenticationException("sign in first", e));
            return;
        }
        page.handle(request, response, e);
    }
}
