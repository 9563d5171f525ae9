package com.scudo.connector.internal;

import com.scudo.connector.ConnectorSettings;
import com.scudo.platform.Installation;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Seals connector secrets (access tokens, webhook secrets, API keys) with AES-256-GCM before they are stored: a
 * fresh 12-byte nonce per value, the 128-bit tag checked on opening, so a changed or swapped value fails loudly.
 * The key comes from {@code scudo.connectors.secret-key}, else from a file of the data directory.
 */
@Component
public class SecretBox {
    static final String KEY_FILE = "connector-secret.key";
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    @org.springframework.beans.factory.annotation.Autowired
    SecretBox(ConnectorSettings settings, Installation installation) {
        this(settings.secretKey().isEmpty()
                ? HexFormat.of().parseHex(Installation.ensureSecret(installation.dataDir().resolve(KEY_FILE), 32))
                : Base64.getDecoder().decode(settings.secretKey()));
    }

    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The connector secret key must be 32 bytes (AES-256), was " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    public String seal(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a connector secret", e);
        }
    }

    public String open(String box) {
        if (box == null || !box.startsWith(VERSION)) {
            throw new IllegalStateException("Not a sealed connector secret");
        }
        try {
            byte[] all = Base64.getDecoder().decode(box.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A connector secret cannot be opened with this key (was the key changed?)", e);
        }
    }
}
