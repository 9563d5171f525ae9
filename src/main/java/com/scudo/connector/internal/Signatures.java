package com.scudo.connector.internal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/** HMAC-SHA256 as Shopify signs its webhooks (base64 over the raw body) and as Scudo signs its own (hex). */
public final class Signatures {
    private Signatures() {
    }

    public static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String shopify(String secret, byte[] rawBody) {
        return Base64.getEncoder().encodeToString(hmacSha256(secret.getBytes(StandardCharsets.UTF_8), rawBody));
    }

    /** Compares in constant time, so the time taken tells nothing about how much of a forged signature was right. */
    public static boolean shopifyValid(String secret, byte[] rawBody, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(shopify(secret, rawBody).getBytes(StandardCharsets.US_ASCII),
                header.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** Stripe's scheme: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}. */
    public static String timestamped(String secret, long epochSeconds, String body) {
        byte[] mac = hmacSha256(secret.getBytes(StandardCharsets.UTF_8),
                (epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(mac);
    }
}
