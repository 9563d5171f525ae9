package com.scudo.security.internal;

import com.scudo.platform.RequestWorkspace;
import com.scudo.security.Membership;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.WorkspaceId;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The one place that decides a request's workspace and the caller's role in it, after authentication and before
 * authorisation: an API key's request works in the key's workspace with the key's scope; a person's request works
 * in the workspace they ask for if they belong to it, else in their first one, with the role they hold there. Asking for any other workspace is refused (403), whatever the
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
            RequestWorkspace.set(request, decided);
            chain.doFilter(request, response);
            return;
        }
        String username = auth.getName();
        request.setAttribute(SIGNED_IN_AS, username);
        List<Membership> memberOf = users.memberships(username);
        WorkspaceId wanted = asked;
        Membership membership = wanted == null ? memberOf.stream().findFirst().orElse(null)
                : memberOf.stream().filter(m -> m.workspace().equals(wanted)).findFirst()
                        .orElseThrow(() -> new WorkspaceRefused(requested));
        if (membership != null) {
            RequestWorkspace.set(request, membership.workspace());
        }
        // The role this request is authorised with is the one held in its workspace, for this request only: the
        // session keeps the bare sign-in, so the next request in another workspace gets that workspace's role.
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContext scoped = SecurityContextHolder.createEmptyContext();
        scoped.setAuthentication(inWorkspace(auth, membership));
        SecurityContextHolder.setContext(scoped);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private static Authentication inWorkspace(Authentication person, Membership membership) {
        List<GrantedAuthority> authorities = membership == null ? List.of()
                : List.of(new SimpleGrantedAuthority("ROLE_" + membership.role().name()));
        UsernamePasswordAuthenticationToken scoped =
                UsernamePasswordAuthenticationToken.authenticated(person.getName(), null, authorities);
        scoped.setDetails(person.getDetails());
        return scoped;
    }
}
