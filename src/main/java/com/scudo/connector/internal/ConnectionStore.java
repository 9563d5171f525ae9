package com.scudo.connector.internal;

import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_CONNECTIONS;

/** The connections table; secrets go in and out only through {@link SecretBox}. */
@Component
public class ConnectionStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DSLContext sql;
    private final SecretBox box;
    private final Clock clock;

    ConnectionStore(DSLContext sql, SecretBox box, Clock clock) {
        this.sql = sql;
        this.box = box;
        this.clock = clock;
    }

    public Connection create(WorkspaceId workspace, String kind, String account, String apiUrl, Map<String, String> secrets) {
        String id = kind.substring(0, 2) + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        sql.insertInto(CONNECTOR_CONNECTIONS)
                .set(CONNECTOR_CONNECTIONS.ID, id)
                .set(CONNECTOR_CONNECTIONS.WORKSPACE_ID, workspace.value())
                .set(CONNECTOR_CONNECTIONS.KIND, kind)
                .set(CONNECTOR_CONNECTIONS.ACCOUNT, account)
                .set(CONNECTOR_CONNECTIONS.API_URL, apiUrl)
                .set(CONNECTOR_CONNECTIONS.SECRET_BOX, box.seal(JSON.writeValueAsString(secrets)))
                .set(CONNECTOR_CONNECTIONS.STATUS, "connected")
                .set(CONNECTOR_CONNECTIONS.CREATED_AT, now())
                .execute();
        return find(workspace, id);
    }

    public List<Connection> list(WorkspaceId workspace) {
        return sql.selectFrom(CONNECTOR_CONNECTIONS).where(CONNECTOR_CONNECTIONS.WORKSPACE_ID.eq(workspace.value()))
                .orderBy(CONNECTOR_CONNECTIONS.CREATED_AT).fetch(ConnectionStore::connection);
    }

    public List<Connection> all(String kind) {
        return sql.selectFrom(CONNECTOR_CONNECTIONS).where(CONNECTOR_CONNECTIONS.KIND.eq(kind))
                .fetch(ConnectionStore::connection);
    }

    /** The workspace's connection, or 404: another workspace's id is as unknown as a made-up one. */
    public Connection find(WorkspaceId workspace, String id) {
        return sql.selectFrom(CONNECTOR_CONNECTIONS).where(CONNECTOR_CONNECTIONS.ID.eq(id))
                .and(CONNECTOR_CONNECTIONS.WORKSPACE_ID.eq(workspace.value()))
                .fetchOptional(ConnectionStore::connection)
                .orElseThrow(() -> new NotFoundException("No connection " + id + " in this workspace"));
    }

    public Optional<Connection> byAccount(String kind, String account) {
        return sql.selectFrom(CONNECTOR_CONNECTIONS).where(CONNECTOR_CONNECTIONS.KIND.eq(kind))
                .and(CONNECTOR_CONNECTIONS.ACCOUNT.eq(account)).fetchOptional(ConnectionStore::connection);
    }

    public Map<String, String> secrets(String id) {
        String sealed = sql.select(CONNECTOR_CONNECTIONS.SECRET_BOX).from(CONNECTOR_CONNECTIONS)
                .where(CONNECTOR_CONNECTIONS.ID.eq(id)).fetchOne(CONNECTOR_CONNECTIONS.SECRET_BOX);
        return JSON.readValue(box.open(sealed), new TypeReference<Map<String, String>>() { });
    }

    public void eventReceived(String id) {
        sql.update(CONNECTOR_CONNECTIONS)
                .set(CONNECTOR_CONNECTIONS.EVENTS_RECEIVED, CONNECTOR_CONNECTIONS.EVENTS_RECEIVED.plus(1))
                .set(CONNECTOR_CONNECTIONS.LAST_EVENT_AT, now())
                .where(CONNECTOR_CONNECTIONS.ID.eq(id)).execute();
    }

    public void failed(String id, String error) {
        sql.update(CONNECTOR_CONNECTIONS)
                .set(CONNECTOR_CONNECTIONS.LAST_ERROR, error == null ? "unknown error" : cut(error, 1000))
                .set(CONNECTOR_CONNECTIONS.LAST_ERROR_AT, now())
                .where(CONNECTOR_CONNECTIONS.ID.eq(id)).execute();
    }

    public void status(String id, String status) {
        sql.update(CONNECTOR_CONNECTIONS).set(CONNECTOR_CONNECTIONS.STATUS, status)
                .where(CONNECTOR_CONNECTIONS.ID.eq(id)).execute();
    }

    public void delete(WorkspaceId workspace, String id) {
        find(workspace, id);
        sql.deleteFrom(CONNECTOR_CONNECTIONS).where(CONNECTOR_CONNECTIONS.ID.eq(id)).execute();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static Connection connection(Record r) {
        return new Connection(r.get(CONNECTOR_CONNECTIONS.ID), WorkspaceId.of(r.get(CONNECTOR_CONNECTIONS.WORKSPACE_ID)),
                r.get(CONNECTOR_CONNECTIONS.KIND), r.get(CONNECTOR_CONNECTIONS.ACCOUNT), r.get(CONNECTOR_CONNECTIONS.API_URL),
                r.get(CONNECTOR_CONNECTIONS.STATUS), r.get(CONNECTOR_CONNECTIONS.EVENTS_RECEIVED),
                instant(r.get(CONNECTOR_CONNECTIONS.LAST_EVENT_AT)), r.get(CONNECTOR_CONNECTIONS.LAST_ERROR),
                instant(r.get(CONNECTOR_CONNECTIONS.LAST_ERROR_AT)), instant(r.get(CONNECTOR_CONNECTIONS.CREATED_AT)));
    }

    public static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
