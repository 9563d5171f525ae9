package com.scudo.security.internal;

import com.scudo.security.Role;
import com.scudo.security.UserAccount;
import com.scudo.security.UserAccounts;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspaces;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code users} and {@code user_workspaces} tables. */
@Component
class JooqUserAccounts implements UserAccounts {
    private static final String TS = "cast(? as timestamp with time zone)";
    private static final Pattern NAME = Pattern.compile("[a-z0-9._@-]{1,60}");
    private static final int MAX_PASSWORD = 200;
    private final DSLContext sql;
    private final PasswordEncoder passwords;
    private final Workspaces workspaces;
    private final Clock clock;

    JooqUserAccounts(DSLContext sql, PasswordEncoder passwords, Workspaces workspaces, Clock clock) {
        this.sql = sql;
        this.passwords = passwords;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    static String normalise(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException("username", username, "1-60 letters, digits or . _ @ -");
        }
        return name;
    }

    @Override
    public UserAccount create(String username, char[] password, Role role, List<WorkspaceId> memberOf) {
        String name = normalise(username);
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new InvalidValueException("password",
                    "A password needs " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
        }
        List<WorkspaceId> distinct = List.copyOf(new LinkedHashSet<>(memberOf == null ? List.of() : memberOf));
        if (distinct.isEmpty()) {
            throw new InvalidValueException("workspaces", "A user needs at least one workspace to belong to.");
        }
        for (WorkspaceId workspace : distinct) {
            if (!workspaces.exists(workspace)) {
                throw new InvalidValueException("workspaces", workspace.value(), "a registered workspace");
            }
        }
        if (role == null) {
            throw new InvalidValueException("role", "A role is needed: admin, analyst or viewer.");
        }
        if (find(name).isPresent()) {
            throw new ConflictException("A user named '" + name + "' already exists.");
        }
        String hash = passwords.encode(new String(password));
        Arrays.fill(password, '\0');
        OffsetDateTime now = now();
        sql.transaction(tx -> {
            tx.dsl().execute("insert into users (username, password_hash, role, failed_attempts, created_at) "
                    + "values (?, ?, ?, 0, " + TS + ")", name, hash, role.name(), now);
            for (int i = 0; i < distinct.size(); i++) {
                // consecutive times keep the order the workspaces were given in: the first is the landing workspace
                tx.dsl().execute("insert into user_workspaces (username, workspace_id, added_at) values (?, ?, " + TS + ")",
                        name, distinct.get(i).value(), now.plusNanos(i * 1000L));
            }
        });
        return find(name).orElseThrow();
    }

    @Override
    public List<UserAccount> list() {
        List<UserAccount> all = new ArrayList<>();
        for (Record r : sql.resultQuery("select username, role, failed_attempts, locked_until, created_at from users "
                + "order by username").fetch()) {
            all.add(account(r));
        }
        return all;
    }

    @Override
    public Optional<UserAccount> find(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return sql.resultQuery("select username, role, failed_attempts, locked_until, created_at from users "
                + "where username = ?", name).fetchOptional().map(this::account);
    }

    @Override
    public UserAccount changeRole(String username, Role role) {
        String name = existing(username);
        sql.execute("update users set role = ? where username = ?", role.name(), name);
        return find(name).orElseThrow();
    }

    @Override
    public UserAccount unlock(String username) {
        String name = existing(username);
        sql.execute("update users set failed_attempts = 0, locked_until = null where username = ?", name);
        return find(name).orElseThrow();
    }

    @Override
    public void addWorkspace(String username, WorkspaceId workspace) {
        String name = existing(username);
        if (!workspaces.exists(workspace)) {
            throw new InvalidValueException("workspace", workspace.value(), "a registered workspace");
        }
        if (workspacesOf(name).contains(workspace)) {
            return;
        }
        sql.execute("insert into user_workspaces (username, workspace_id, added_at) values (?, ?, " + TS + ")",
                name, workspace.value(), now());
    }

    @Override
    public boolean anyUser() {
        return sql.fetchExists(sql.selectOne().from("users"));
    }

    /** The user's workspaces, the one they land in first. */
    List<WorkspaceId> workspacesOf(String username) {
        return sql.resultQuery("select workspace_id from user_workspaces where username = ? order by added_at, workspace_id",
                username).fetch(r -> WorkspaceId.of(r.get(0, String.class)));
    }

    Optional<StoredUser> credentials(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return sql.resultQuery("select username, password_hash, role, failed_attempts, locked_until from users "
                        + "where username = ?", name).fetchOptional()
                .map(r -> new StoredUser(r.get(0, String.class), r.get(1, String.class), Role.valueOf(r.get(2, String.class)),
                        r.get(3, Integer.class), instant(r.get(4, OffsetDateTime.class))));
    }

    /** Counts a wrong password; the {@code max}-th in a row locks the account and starts the count again. */
    void recordFailure(String username, int max, Duration lockFor) {
        sql.execute("update users set failed_attempts = failed_attempts + 1 where username = ?", username);
        OffsetDateTime until = now().plus(lockFor);
        sql.execute("update users set failed_attempts = 0, locked_until = " + TS
                + " where username = ? and failed_attempts >= ?", until, username, max);
    }

    void recordSuccess(String username, String upgradedHash) {
        if (upgradedHash != null) {
            sql.execute("update users set failed_attempts = 0, locked_until = null, password_hash = ? where username = ?",
                    upgradedHash, username);
        } else {
            sql.execute("update users set failed_attempts = 0, locked_until = null where username = ? "
                    + "and (failed_attempts <> 0 or locked_until is not null)", username);
        }
    }

    private String existing(String username) {
        return find(username).map(UserAccount::username)
                .orElseThrow(() -> new NotFoundException("No user named '" + username + "'"));
    }

    private UserAccount account(Record r) {
        String name = r.get(0, String.class);
        return new UserAccount(name, Role.valueOf(r.get(1, String.class)), workspacesOf(name), r.get(2, Integer.class),
                instant(r.get(3, OffsetDateTime.class)), instant(r.get(4, OffsetDateTime.class)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
