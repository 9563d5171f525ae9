package com.scudo.security.internal;

import com.scudo.platform.RequestWorkspace;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.WorkspaceId;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The one place that decides a request's workspace, after authentication and before any controller:
 * an API key's request works in the key's workspace; a user's request works in the workspace they ask for if
 * they belong to it, else in their first one. Asking for any other workspace is refused (403), whatever the
 * endpoint, so no controller can forget the check. Controllers get the decision through their
 * {@code WorkspaceId} parameter ({@link RequestWorkspace}).
 */
final class WorkspaceAccessFilter extends OncePerRequestFilter {
    /** Request attribute with the signed-in user's name, for the page header. */
    static final String SIGNED_IN_AS = "signedInAs";
    private final JooqUserAccounts users;
    private final boolean api;

    WorkspaceAccessFilter(JooqUserAccounts users, boolean api) {
        this.users = users;
        this.api = api;
    }

    /**
     * A refusal is shown by forwarding to the 403 page with the same query string; deciding again there would
     * refuse again and forward for ever. The first pass already decided (or refused) this request.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.FORWARD;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!Refusals.signedIn() || auth == null) {
            chain.doFilter(request, response); // only public paths get this far unauthenticated; they have no workspace
            return;
        }
        String requested = RequestWorkspace.requested(request);
        WorkspaceId asked = null;
        if (requested != null) {
            try {
                asked = WorkspaceId.of(requested);
            } catch (InvalidValueException e) {
                if (api) {
                    Refusals.badRequest(response, e.getMessage());
                    return;
                }
                throw new WorkspaceRefused(requested);
            }
        }
        WorkspaceId decided;
        if (auth instanceof ApiKeyAuthentication key) {
            decided = key.key().workspace();
            if (asked != null && !asked.equals(decided)) {
                throw new WorkspaceRefused(requested);
            }
        } else {
            String username = auth.getName();
            request.setAttribute(SIGNED_IN_AS, username);
            List<WorkspaceId> memberOf = users.workspacesOf(username);
            if (asked != null && !memberOf.contains(asked)) {
                throw new WorkspaceRefused(requested);
            }
            decided = asked != null ? asked : memberOf.isEmpty() ? null : memberOf.get(0);
        }
        if (decided != null) {
            RequestWorkspace.set(request, decided);
        }
        chain.doFilter(request, response);
    }
}
