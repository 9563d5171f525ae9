package com.scudo.security.internal;

import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.security.AccountProblems;
import com.scudo.security.Membership;
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

/**
 * The {@code users} and {@code user_workspaces} tables: an account, and a role per workspace it belongs to. Every
 * change is audited in the workspace it concerns, in the same transaction as the change.
 */
@Component
class JooqUserAccounts implements UserAccounts {
    private static final String TS = "cast(? as timestamp with time zone)";
    private static final Pattern NAME = Pattern.compile("[a-z0-9._@-]{1,60}");
    private static final int MAX_PASSWORD = 200;
    private static final String ACCOUNT = "select username, failed_attempts, locked_until, created_at from users ";
    private final DSLContext sql;
    private final PasswordEncoder passwords;
    private final Workspaces workspaces;
    private final AuditTrail audit;
    private final Clock clock;

    JooqUserAccounts(DSLContext sql, PasswordEncoder passwords, Workspaces workspaces, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.passwords = passwords;
        this.workspaces = workspaces;
        this.audit = audit;
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
        return create(username, password, role, memberOf, AuditAction.USER_CREATED);
    }

    /** As {@link #create(String, char[], Role, List)}, audited as {@code action} in each workspace. */
    UserAccount create(String username, char[] password, Role role, List<WorkspaceId> memberOf, AuditAction action) {
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
            throw new ConflictException(AccountProblems.NAME_NOT_AVAILABLE);
        }
        String hash = passwords.encode(new String(password));
        Arrays.fill(password, '\0');
        OffsetDateTime now = now();
        sql.transaction(tx -> {
            tx.dsl().execute("insert into users (username, password_hash, failed_attempts, created_at) "
                    + "values (?, ?, 0, " + TS + ")", name, hash, now);
            for (int i = 0; i < distinct.size(); i++) {
                // consecutive times keep the order the workspaces were given in: the first is the landing workspace
                tx.dsl().execute("insert into user_workspaces (username, workspace_id, role, added_at) values (?, ?, ?, "
                        + TS + ")", name, distinct.get(i).value(), role.name(), now.plusNanos(i * 1000L));
                audit.record(distinct.get(i), action, AuditSubject.user(name), "role " + role.label());
            }
        });
        return find(name).orElseThrow();
    }

    @Override
    public List<UserAccount> members(WorkspaceId workspace) {
        List<UserAccount> all = new ArrayList<>();
        for (Record r : sql.resultQuery(ACCOUNT + "where username in (select username from user_workspaces "
                + "where workspace_id = ?) order by username", workspace.value()).fetch()) {
            all.add(account(r));
        }
        return all;
    }

    @Override
    public Optional<UserAccount> find(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return sql.resultQuery(ACCOUNT + "where username = ?", name).fetchOptional().map(this::account);
    }

    @Override
    public UserAccount changeRole(String username, WorkspaceId workspace, Role role) {
        UserAccount user = member(username, workspace);
        Role before = user.roleIn(workspace).orElseThrow();
        if (before == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(workspace);
        }
        if (before != role) {
            sql.transaction(tx -> {
                tx.dsl().execute("update user_workspaces set role = ? where username = ? and workspace_id = ?",
                        role.name(), user.username(), workspace.value());
                audit.record(workspace, AuditAction.ROLE_CHANGED, AuditSubject.user(user.username()),
                        before.label() + " -> " + role.label());
            });
        }
        return find(user.username()).orElseThrow();
    }

    @Override
    public UserAccount unlock(String username) {
        UserAccount user = find(username).orElseThrow(() -> notFound(username));
        sql.transaction(tx -> {
            tx.dsl().execute("update users set failed_attempts = 0, locked_until = null where username = ?",
                    user.username());
            for (WorkspaceId w : user.workspaces()) {
                audit.record(w, AuditAction.SIGN_IN_UNLOCKED, AuditSubject.user(user.username()), null);
            }
        });
        return find(user.username()).orElseThrow();
    }

    @Override
    public void addMembership(String username, WorkspaceId workspace, Role role) {
        UserAccount user = find(username).orElseThrow(() -> notFound(username));
        if (!workspaces.exists(workspace)) {
            throw new InvalidValueException("workspace", workspace.value(), "a registered workspace");
        }
        if (user.roleIn(workspace).isPresent()) {
            changeRole(user.username(), workspace, role);
            return;
        }
        sql.transaction(tx -> {
            tx.dsl().execute("insert into user_workspaces (username, workspace_id, role, added_at) values (?, ?, ?, "
                    + TS + ")", user.username(), workspace.value(), role.name(), now());
            audit.record(workspace, AuditAction.MEMBERSHIP_ADDED, AuditSubject.user(user.username()),
                    "role " + role.label());
        });
    }

    @Override
    public void removeMembership(String username, WorkspaceId workspace) {
        UserAccount user = member(username, workspace);
        if (user.roleIn(workspace).orElseThrow() == Role.ADMIN) {
            keepAnAdmin(workspace);
        }
        sql.transaction(tx -> {
            tx.dsl().execute("delete from user_workspaces where username = ? and workspace_id = ?",
                    user.username(), workspace.value());
            audit.record(workspace, AuditAction.MEMBERSHIP_REMOVED, AuditSubject.user(user.username()), null);
        });
    }

    @Override
    public boolean anyUser() {
        return sql.fetchExists(sql.selectOne().from("users"));
    }

    /** The user's workspaces, the one they land in first. */
    List<WorkspaceId> workspacesOf(String username) {
        return memberships(username).stream().map(Membership::workspace).toList();
    }

    List<Membership> memberships(String username) {
        return sql.resultQuery("select workspace_id, role from user_workspaces where username = ? "
                        + "order by added_at, workspace_id", username)
                .fetch(r -> new Membership(WorkspaceId.of(r.get(0, String.class)), Role.valueOf(r.get(1, String.class))));
    }

    Optional<StoredUser> credentials(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return sql.resultQuery("select username, password_hash, failed_attempts, locked_until from users "
                        + "where username = ?", name).fetchOptional()
                .map(r -> new StoredUser(r.get(0, String.class), r.get(1, String.class), r.get(2, Integer.class),
                        instant(r.get(3, OffsetDateTime.class))));
    }

    /**
     * Counts a wrong password; the {@code max}-th in a row locks the account and starts the count again. A lock
     * is audited in every workspace of the account, since it keeps the person out of all of them.
     */
    void recordFailure(String username, int max, Duration lockFor) {
        OffsetDateTime until = now().plus(lockFor);
        sql.transaction(tx -> {
            tx.dsl().execute("update users set failed_attempts = failed_attempts + 1 where username = ?", username);
            int locked = tx.dsl().execute("update users set failed_attempts = 0, locked_until = " + TS
                    + " where username = ? and failed_attempts >= ?", until, username, max);
            if (locked > 0) {
                for (WorkspaceId w : workspacesOf(username)) {
                    audit.record(w, AuditAction.SIGN_IN_LOCKED, AuditSubject.user(username),
                            max + " wrong passwords in a row; locked for " + lockFor.toMinutes() + " minutes");
                }
            }
        });
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

    /** A workspace never loses its last admin: nobody could manage it afterwards. */
    private void keepAnAdmin(WorkspaceId workspace) {
        Integer admins = sql.resultQuery("select count(*) from user_workspaces where workspace_id = ? and role = ?",
                workspace.value(), Role.ADMIN.name()).fetchOne(0, Integer.class);
        if (admins == null || admins <= 1) {
            throw new ConflictException("This is the workspace's last admin; make someone else an admin first.");
        }
    }

    private UserAccount member(String username, WorkspaceId workspace) {
        return find(username).filter(u -> u.roleIn(workspace).isPresent()).orElseThrow(() -> notFound(username));
    }

    private static NotFoundException notFound(String username) {
        return new NotFoundException("No user named '" + username + "' in this workspace");
    }

    private UserAccount account(Record r) {
        String name = r.get(0, String.class);
        return new UserAccount(name, memberships(name), r.get(1, Integer.class),
                instant(r.get(2, OffsetDateTime.class)), instant(r.get(3, OffsetDateTime.class)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
