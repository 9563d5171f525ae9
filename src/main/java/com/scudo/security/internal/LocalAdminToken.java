package com.scudo.security.internal;

import com.scudo.platform.Installation;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The local admin token: a secret in the data directory ({@code local-admin-token}, readable by its owner only)
 * with which the command line on the same machine makes an API key while the server runs (the first key, before
 * any exists). Whoever can read the file can read the stores too, so it grants nothing new. The file is read on
 * each use: deleting it switches the way off until the next start.
 */
@Component
public class LocalAdminToken {
    public static final String HEADER = "X-Scudo-Local-Token";
    private final Installation installation;

    LocalAdminToken(Installation installation) {
        this.installation = installation;
        Installation.ensureSecret(installation.dataDir().resolve(Installation.ADMIN_TOKEN_FILE), 32);
    }

    public boolean accepts(String presented) {
        Optional<String> token = Installation.read(installation.dataDir(), Installation.ADMIN_TOKEN_FILE);
        return presented != null && token.isPresent() && MessageDigest.isEqual(
                token.get().getBytes(StandardCharsets.US_ASCII), presented.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
