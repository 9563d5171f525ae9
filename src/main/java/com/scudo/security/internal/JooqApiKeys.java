package com.scudo.security.internal;

import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.security.ApiKey;
import com.scudo.security.ApiKeyScope;
import com.scudo.security.ApiKeys;
import com.scudo.security.IssuedApiKey;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.PlainText;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspaces;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The {@code api_keys} table. A key reads {@code scudo_<id>_<secret>}: the id (10 characters) is public and
 * names the key in lists; the secret is 256 random bits. Only the SHA-256 of the whole key is stored. A fast
 * hash is right here, unlike for passwords: with 256 bits of entropy nobody can guess their way to a match,
 * so slowing each check down would protect nothing and would cost every API request.
 */
@Component
class JooqApiKeys implements ApiKeys {
    static final String PREFIX = "scudo_";
    private static final int ID_LENGTH = 10;
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final String TS = "cast(? as timestamp with time zone)";
    private static final String COLUMNS = "key_id, workspace_id, label, scope, created_at, created_by, last_used_at, revoked_at";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(10);
    /*
     * Keys that passed the check lately, by the SHA-256 of the presented key (never the key itself): a script
     * sends its key with every request, and looking it up each time cost as much as a small view. A revocation
     * here drops the key at once; one made by another server process takes effect there within RECHECK_AFTER.
     */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(10);
    private final Cache<String, ApiKey> recent = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(RECHECK_AFTER).build();
    private final SecureRandom random = new SecureRandom();
    private final DSLContext sql;
    private final Workspaces workspaces;
    private final AuditTrail audit;
    private final Clock clock;

    JooqApiKeys(DSLContext sql, Workspaces workspaces, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.workspaces = workspaces;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public IssuedApiKey create(WorkspaceId workspace, ApiKeyScope scope, String name, String createdBy) {
        if (!workspaces.exists(workspace)) {
            throw new InvalidValueException("workspace", workspace.value(), "a registered workspace");
        }
        if (scope == null) {
            throw new InvalidValueException("scope", "A scope is needed: read, write or admin.");
        }
        String label = name == null || name.isBlank() ? scope.label() + " key" : name.trim();
        if (label.length() > 100 || PlainText.hasHiddenCharacters(label)) {
            throw new InvalidValueException("name", name, "a name of at most 100 characters on one line");
        }
        String id = newId();
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        OffsetDateTime now = now();
        String by = createdBy == null || createdBy.isBlank() ? "unknown" : createdBy.substring(0, Math.min(100, createdBy.length()));
        sql.transaction(tx -> {
            tx.dsl().execute("insert into api_keys (key_id, workspace_id, label, scope, secret_sha256, created_at, "
                    + "created_by) values (?, ?, ?, ?, ?, " + TS + ", ?)", id, workspace.value(), label, scope.name(),
                    sha256(secret), now, by);
            audit.record(workspace, AuditAction.API_KEY_CREATED, AuditSubject.apiKey(id), "scope " + scope.label());
        });
        return new IssuedApiKey(new ApiKey(id, workspace, label, scope, now.toInstant(), by, null, null), secret);
    }

    @Override
    public List<ApiKey> list(WorkspaceId workspace) {
        return sql.resultQuery("select " + COLUMNS + " from api_keys where workspace_id = ? order by created_at, key_id",
                workspace.value()).fetch(JooqApiKeys::key);
    }

    @Override
    public ApiKey revoke(WorkspaceId workspace, String keyId) {
        ApiKey key = find(workspace, keyId)
                .orElseThrow(() -> new NotFoundException("No API key '" + keyId + "' in this workspace"));
        if (key.revokedAt() == null) {
            sql.transaction(tx -> {
                tx.dsl().execute("update api_keys set revoked_at = " + TS + " where key_id = ? and workspace_id = ?",
                        now(), keyId, workspace.value());
                audit.record(workspace, AuditAction.API_KEY_REVOKED, AuditSubject.apiKey(keyId), null);
            });
        }
        recent.asMap().values().removeIf(k -> k.id().equals(keyId));
        return find(workspace, keyId).orElseThrow();
    }

    /** The live key this secret belongs to, or empty for an unknown, malformed or revoked key. */
    Optional<ApiKey> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() < PREFIX.length() + ID_LENGTH + 2
                || presented.length() > 200 || presented.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String hash = sha256(presented);
        ApiKey known = recent.getIfPresent(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ApiKey> checked = check(presented, hash);
        checked.ifPresent(key -> recent.put(hash, key));
        return checked;
    }

    private Optional<ApiKey> check(String presented, String hash) {
        String id = presented.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        Optional<Record> row = sql.resultQuery("select " + COLUMNS + ", secret_sha256 from api_keys where key_id = ?", id)
                .fetchOptional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = row.get().get("secret_sha256", String.class).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash.getBytes(StandardCharsets.US_ASCII);
        ApiKey key = key(row.get());
        if (!MessageDigest.isEqual(expected, actual) || key.revokedAt() != null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (key.lastUsedAt() == null || key.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            sql.execute("update api_keys set last_used_at = " + TS + " where key_id = ?", now(), id);
        }
        return Optional.of(key);
    }

    private Optional<ApiKey> find(WorkspaceId workspace, String keyId) {
        return sql.resultQuery("select " + COLUMNS + " from api_keys where key_id = ? and workspace_id = ?",
                keyId, workspace.value()).fetchOptional(JooqApiKeys::key);
    }

    private String newId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET[random.nextInt(ID_ALPHABET.length)]);
        }
        return id.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static ApiKey key(Record r) {
        return new ApiKey(r.get("key_id", String.class), WorkspaceId.of(r.get("workspace_id", String.class)),
                r.get("label", String.class), ApiKeyScope.valueOf(r.get("scope", String.class)),
                r.get("created_at", OffsetDateTime.class).toInstant(), r.get("created_by", String.class),
                instant(r.get("last_used_at", OffsetDateTime.class)), instant(r.get("revoked_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
