package com.scudo.security.internal;

import com.scudo.audit.AuditAction;
import com.scudo.platform.ScudoSettings;
import com.scudo.security.Role;
import com.scudo.security.UserAccount;
import com.scudo.shared.AccessRefusedException;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspace;
import com.scudo.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first sign-in without a default password: while no user exists, the server makes a one-time code at start
 * and prints it in its log; whoever can read the log (the shop owner who started it) enters it at /setup to
 * create the first admin. The code lives in memory only and dies with the first user.
 */
@Component
public class SetupCode {
    private static final Logger log = LoggerFactory.getLogger(SetupCode.class);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private final JooqUserAccounts users;
    private final Workspaces workspaces;
    private final ScudoSettings scudo;
    private final AddressLimiter addresses;
    private final SecureRandom random = new SecureRandom();
    private volatile String code;

    SetupCode(JooqUserAccounts users, Workspaces workspaces, ScudoSettings scudo, AddressLimiter addresses) {
        this.users = users;
        this.addresses = addresses;
        this.workspaces = workspaces;
        this.scudo = scudo;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (users.anyUser()) {
            return;
        }
        code = newCode();
        String line = "=".repeat(78);
        log.warn("\n{}\nNo user can sign in yet. Open http://localhost:{}/setup and enter code {}\n"
                        + "to create the first admin (the code works once, until then, and only in this run).\n{}",
                line, event.getWebServer().getPort(), code, line);
    }

    /** Whether the setup page is still open: no user exists and a code was made. */
    public synchronized boolean open() {
        return code != null && !users.anyUser();
    }

    /** For tests in this module and the server log only. */
    public Optional<String> current() {
        return Optional.ofNullable(open() ? code : null);
    }

    boolean matches(String presented) {
        String expected = code;
        if (expected == null || presented == null) {
            return false;
        }
        String normalised = presented.trim().toUpperCase(java.util.Locale.ROOT);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                normalised.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Creates the first admin, a member of every registered workspace (the default one is registered if it
     * is not yet). Only once: afterwards the code is gone.
     */
    public synchronized UserAccount createFirstAdmin(String presentedCode, String username, char[] password,
                                                     String address) {
        if (!open() || addresses.blocked(address) || !matches(presentedCode)) {
            addresses.failed(address);
            throw new AccessRefusedException("That setup code is not right. Copy it from the server's log and try again.");
        }
        workspaces.register(scudo.defaultWorkspace(), "setup");
        List<WorkspaceId> all = new ArrayList<>();
        all.add(scudo.defaultWorkspace());
        for (Workspace w : workspaces.list()) {
            if (!all.contains(w.id())) {
                all.add(w.id());
            }
        }
        UserAccount admin = users.create(username, password, Role.ADMIN, all, AuditAction.FIRST_ADMIN_CREATED);
        code = null;
        log.info("First admin '{}' created through /setup; the setup page is closed.", admin.username());
        return admin;
    }

    private String newCode() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                text.append('-');
            }
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }
}
