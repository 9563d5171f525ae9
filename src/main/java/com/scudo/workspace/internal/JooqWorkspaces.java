package com.scudo.workspace.internal;

import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.PlainText;
import com.scudo.shared.WorkspaceId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.scudo.shared.NotFoundException;
import com.scudo.workspace.Workspace;
import com.scudo.workspace.WorkspaceLocale;
import com.scudo.workspace.Workspaces;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code workspaces} table. */
@Component
class JooqWorkspaces implements Workspaces {
    private static final String TS = "cast(? as timestamp with time zone)";
    private final DSLContext sql;
    private final AuditTrail audit;
    private final Clock clock;
    /** Read for every page; another instance's change shows within a minute. */
    private final Cache<String, WorkspaceLocale> locales = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    JooqWorkspaces(DSLContext sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Workspace> list() {
        return sql.resultQuery("select id, display_name, created_at, created_by from workspaces order by id")
                .fetch(JooqWorkspaces::workspace);
    }

    @Override
    public Optional<Workspace> find(WorkspaceId id) {
        return sql.resultQuery("select id, display_name, created_at, created_by from workspaces where id = ?", id.value())
                .fetchOptional(JooqWorkspaces::workspace);
    }

    @Override
    public Workspace create(WorkspaceId id, String displayName, String createdBy) {
        String name = displayName == null || displayName.isBlank() ? id.value() : displayName.trim();
        if (name.length() > 100 || PlainText.hasHiddenCharacters(name)) {
            throw new InvalidValueException("name", displayName, "a display name of at most 100 characters on one line");
        }
        if (find(id).isPresent()) {
            throw taken(id);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            sql.transaction(tx -> {
                tx.dsl().execute("insert into workspaces (id, display_name, created_at, created_by) values (?, ?, "
                        + TS + ", ?)", id.value(), name, now, cut(createdBy));
                audit.record(id, AuditAction.WORKSPACE_CREATED, AuditSubject.workspace(id.value()), null);
            });
        } catch (DataIntegrityViolationException | org.jooq.exception.DataAccessException e) {
            if (find(id).isPresent()) {
                throw taken(id); // created by a concurrent request between the check and the insert
            }
            throw e;
        }
        return new Workspace(id, name, now.toInstant(), cut(createdBy));
    }

    @Override
    public Workspace register(WorkspaceId id, String createdBy) {
        Optional<Workspace> existing = find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return create(id, null, createdBy);
        } catch (ConflictException e) {
            return find(id).orElseThrow();
        }
    }

    @Override
    public WorkspaceLocale locale(WorkspaceId id) {
        return locales.get(id.value(), key -> sql.resultQuery("select time_zone, locale from workspaces where id = ?", key)
                .fetchOptional(r -> WorkspaceLocale.of(r.get(0, String.class), r.get(1, String.class)))
                .orElse(WorkspaceLocale.DEFAULT));
    }

    @Override
    public void setLocale(WorkspaceId id, WorkspaceLocale locale) {
        int changed = sql.execute("update workspaces set time_zone = ?, locale = ? where id = ?",
                locale.timeZone().getId(), locale.locale().toLanguageTag(), id.value());
        locales.invalidate(id.value());
        if (changed == 0) {
            throw new NotFoundException("No workspace '" + id + "'");
        }
    }

    private static ConflictException taken(WorkspaceId id) {
        return new ConflictException("A workspace with the id '" + id + "' already exists.");
    }

    private static String cut(String text) {
        String value = text == null || text.isBlank() ? "unknown" : text;
        return value.length() > 100 ? value.substring(0, 100) : value;
    }

    private static Workspace workspace(Record r) {
        return new Workspace(WorkspaceId.of(r.get(0, String.class)), r.get(1, String.class),
                r.get(2, OffsetDateTime.class).toInstant(), r.get(3, String.class));
    }
}
