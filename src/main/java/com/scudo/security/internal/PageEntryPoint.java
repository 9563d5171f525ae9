package com.scudo.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.io.IOException;

/** Pages send people to the sign-in form; an htmx partial asks htmx to load the form as a whole page instead. */
final class PageEntryPoint implements AuthenticationEntryPoint {
    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (Refusals.isHtmx(request)) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(401);
            return;
        }
        login.commence(request, response, e);
    }
}
