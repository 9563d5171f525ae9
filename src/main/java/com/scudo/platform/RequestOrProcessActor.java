package com.scudo.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.security.Principal;

/**
 * The default {@link CurrentActor}. The servlet request's principal is whatever the security layer signed in
 * (a person's name, or {@code api-key:<id>}); code running outside a request thread is the command line, named
 * after the operating-system user who started it.
 */
@Component
class RequestOrProcessActor implements CurrentActor {
    static final String ANONYMOUS = "anonymous";
    private final String processUser = "cli:" + System.getProperty("user.name", "unknown");

    @Override
    public String name() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return processUser;
        }
        HttpServletRequest request = servlet.getRequest();
        Principal principal = request.getUserPrincipal();
        return principal == null || principal.getName() == null || principal.getName().isBlank()
                ? ANONYMOUS : principal.getName();
    }
}
