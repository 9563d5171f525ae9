package com.scudo.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks a user name and password against the stored Argon2id hash, and locks the account after repeated
 * failures. Every refusal - unknown user, wrong password, locked account, too many attempts from one address - is
 * the same exception with the same words and about the same time, so the form never tells whether a user exists.
 */
class PasswordSignIn implements AuthenticationProvider {
    static final String REFUSED = "refused";
    private final JooqUserAccounts users;
    private final PasswordEncoder passwords;
    private final AddressLimiter addresses;
    private final SecuritySettings settings;
    private final Clock clock;
    private final String dummyHash;

    PasswordSignIn(JooqUserAccounts users, PasswordEncoder passwords, AddressLimiter addresses, SecuritySettings settings,
                   Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.addresses = addresses;
        this.settings = settings;
        this.clock = clock;
        this.dummyHash = passwords.encode("a password nobody has " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (addresses.blocked(address)) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException(REFUSED);
        }
        Optional<StoredUser> stored = users.credentials(username);
        Instant now = clock.instant();
        if (stored.isEmpty() || stored.get().lockedAt(now)) {
            passwords.matches(password, dummyHash);
            addresses.failed(address);
            throw new BadCredentialsException(REFUSED);
        }
        StoredUser user = stored.get();
        if (!passwords.matches(password, user.passwordHash())) {
            users.recordFailure(user.username(), settings.maxFailedAttempts(), settings.lockFor());
            addresses.failed(address);
            throw new BadCredentialsException(REFUSED);
        }
        users.recordSuccess(user.username(),
                passwords.upgradeEncoding(user.passwordHash()) ? passwords.encode(password) : null);
        // no role here: a person's role depends on the workspace of each request (WorkspaceAccessFilter)
        return UsernamePasswordAuthenticationToken.authenticated(user.username(), null, List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
