package com.scudo.connector.klaviyo;

import com.scudo.connector.internal.ApiUrls;
import com.scudo.connector.internal.Connection;
import com.scudo.connector.internal.ConnectionStore;
import com.scudo.platform.ThreadPools;
import com.scudo.segment.MemberPage;
import com.scudo.segment.SegmentId;
import com.scudo.segment.SegmentMember;
import com.scudo.segment.Segments;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.scudo.connector.internal.schema.Tables.CONNECTOR_KLAVIYO_SYNCS;

/**
 * Pushes a segment's members to a Klaviyo list with Scudo's scores as profile properties ({@code scudo_churn},
 * {@code scudo_clv}, {@code scudo_segment}, {@code scudo_lifecycle}, {@code scudo_total_spent},
 * {@code scudo_last_order}, {@code scudo_next_order}: see {@link KlaviyoProfiles}), through Klaviyo's bulk profile
 * import jobs (an upsert: a repeat changes nothing), at
 * most 10,000 profiles a job as Klaviyo allows. Runs on demand and on a schedule (every
 * {@code scudo.connectors.klaviyo-sync-every}). Profiles are matched by {@code external_id} (the customer key)
 * and e-mail.
 */
@Service
public class KlaviyoSyncs {
    static final String API_KEY = "apiKey";
    private static final Logger log = LoggerFactory.getLogger(KlaviyoSyncs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int JOB_SIZE = 10_000;
    private final ConnectionStore connections;
    private final Segments segments;
    private final KlaviyoClient klaviyo;
    private final DSLContext sql;
    private final Clock clock;
    private final ThreadPools pools;
    private final KlaviyoProfiles profileBuilder;
    private final ApiUrls apiUrls;

    KlaviyoSyncs(ConnectionStore connections, Segments segments, KlaviyoClient klaviyo, DSLContext sql, Clock clock,
                 ThreadPools pools, KlaviyoProfiles profileBuilder, ApiUrls apiUrls) {
        this.profileBuilder = profileBuilder;
        this.apiUrls = apiUrls;
        this.connections = connections;
        this.segments = segments;
        this.klaviyo = klaviyo;
        this.sql = sql;
        this.clock = clock;
        this.pools = pools;
    }

    public Connection connect(WorkspaceId workspace, String account, String apiKey, String apiUrl) {
        if (account == null || account.isBlank() || account.length() > 200) {
            throw new InvalidInputException("account", "account (a name for the Klaviyo account) is required");
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new InvalidInputException("apiKey", "apiKey (a private API key with profiles and lists scopes) is required");
        }
        String label = workspace.value() + "/" + account.trim();
        return connections.create(workspace, Connection.KLAVIYO, label, apiUrls.forNew(Connection.KLAVIYO, label, apiUrl),
                Map.of(API_KEY, apiKey.trim()));
    }

    /** A segment to push to a list (the same pair again is the same sync); {@code runNow} pushes it at once. */
    public KlaviyoSync add(WorkspaceId workspace, String connectionId, String segmentId, String listId, boolean runNow) {
        Connection connection = klaviyoConnection(workspace, connectionId);
        SegmentId segment = SegmentId.of(segmentId == null ? "" : segmentId.trim());
        segments.find(workspace, segment).orElseThrow(() -> new NotFoundException("No segment " + segmentId));
        if (listId == null || listId.isBlank() || listId.length() > 64) {
            throw new InvalidInputException("listId", "listId (the Klaviyo list's id) is required");
        }
        String id = sql.select(CONNECTOR_KLAVIYO_SYNCS.ID).from(CONNECTOR_KLAVIYO_SYNCS)
                .where(CONNECTOR_KLAVIYO_SYNCS.CONNECTION_ID.eq(connection.id()))
                .and(CONNECTOR_KLAVIYO_SYNCS.SEGMENT_ID.eq(segment.value()))
                .and(CONNECTOR_KLAVIYO_SYNCS.LIST_ID.eq(listId.trim())).fetchOne(CONNECTOR_KLAVIYO_SYNCS.ID);
        if (id == null) {
            id = "ks_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            sql.insertInto(CONNECTOR_KLAVIYO_SYNCS).set(CONNECTOR_KLAVIYO_SYNCS.ID, id)
                    .set(CONNECTOR_KLAVIYO_SYNCS.CONNECTION_ID, connection.id())
                    .set(CONNECTOR_KLAVIYO_SYNCS.SEGMENT_ID, segment.value())
                    .set(CONNECTOR_KLAVIYO_SYNCS.LIST_ID, listId.trim())
                    .set(CONNECTOR_KLAVIYO_SYNCS.STATUS, "new").execute();
        }
        return runNow ? run(workspace, id) : find(id);
    }

    public List<KlaviyoSync> list(WorkspaceId workspace, String connectionId) {
        klaviyoConnection(workspace, connectionId);
        return sql.selectFrom(CONNECTOR_KLAVIYO_SYNCS).where(CONNECTOR_KLAVIYO_SYNCS.CONNECTION_ID.eq(connectionId))
                .fetch(KlaviyoSyncs::sync);
    }

    /** Pushes the segment now, in this thread. */
    public KlaviyoSync run(WorkspaceId workspace, String syncId) {
        KlaviyoSync sync = find(syncId);
        Connection connection = klaviyoConnection(workspace, sync.connectionId());
        String apiKey = connections.secrets(connection.id()).get(API_KEY);
        List<String> jobs = new ArrayList<>();
        int profiles = 0;
        try {
            List<SegmentMember> batch = new ArrayList<>();
            String cursor = null;
            do {
                MemberPage page = segments.members(workspace, SegmentId.of(sync.segmentId()), null, 1000, cursor);
                batch.addAll(page.members());
                cursor = page.nextCursor();
                if (batch.size() >= JOB_SIZE || (cursor == null && !batch.isEmpty())) {
                    List<SegmentMember> job = batch.subList(0, Math.min(JOB_SIZE, batch.size()));
                    jobs.add(submit(connection, apiKey, sync, job));
                    profiles += job.size();
                    batch = new ArrayList<>(batch.subList(job.size(), batch.size()));
                }
            } while (cursor != null || !batch.isEmpty());
            String status = awaitJobs(connection, apiKey, jobs);
            save(syncId, status, jobs, profiles, null);
            connections.eventReceived(connection.id());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            save(syncId, "failed", jobs, profiles, message);
            connections.failed(connection.id(), "sync " + sync.segmentId() + " → " + sync.listId() + ": " + message);
        }
        return find(syncId);
    }

    /** As {@link #run}, in the background (the dashboard's "Send to…"). */
    public KlaviyoSync runLater(WorkspaceId workspace, String syncId) {
        KlaviyoSync sync = find(syncId);
        klaviyoConnection(workspace, sync.connectionId());
        pools.shared("connector-sync").execute(() -> run(workspace, syncId));
        return sync;
    }

    @Scheduled(initialDelayString = "${scudo.connectors.klaviyo-sync-every:PT6H}",
            fixedDelayString = "${scudo.connectors.klaviyo-sync-every:PT6H}")
    void runAll() {
        for (Connection connection : connections.all(Connection.KLAVIYO)) {
            for (KlaviyoSync sync : list(connection.workspace(), connection.id())) {
                try {
                    run(connection.workspace(), sync.id());
                } catch (RuntimeException e) {
                    log.warn("Scheduled Klaviyo sync {} failed", sync.id(), e);
                }
            }
        }
    }

    private String submit(Connection connection, String apiKey, KlaviyoSync sync, List<SegmentMember> members)
            throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode data = body.putObject("data").put("type", "profile-bulk-import-job");
        ArrayNode profiles = data.putObject("attributes").putObject("profiles").putArray("data");
        profileBuilder.addTo(profiles, connection.workspace(), members);
        data.putObject("relationships").putObject("lists").putArray("data").addObject()
                .put("type", "list").put("id", sync.listId());
        JsonNode answer = klaviyo.post(apiUrls.of(connection), apiKey, "/api/profile-bulk-import-jobs", body);
        return answer.path("data").path("id").asString();
    }

    /** Waits (up to about a minute) for the jobs to finish: complete, or the first job's other final state. */
    private String awaitJobs(Connection connection, String apiKey, List<String> jobs) throws Exception {
        for (String job : jobs) {
            String status = "queued";
            for (int poll = 0; poll < 60 && (status.equals("queued") || status.equals("processing")); poll++) {
                if (poll > 0) {
                    Thread.sleep(1000);
                }
                status = klaviyo.get(apiUrls.of(connection), apiKey, "/api/profile-bulk-import-jobs/" + job)
                        .path("data").path("attributes").path("status").asString("unknown");
            }
            if (!status.equals("complete")) {
                return status.equals("processing") || status.equals("queued") ? "submitted" : status;
            }
        }
        return "complete";
    }

    private void save(String syncId, String status, List<String> jobs, int profiles, String error) {
        String jobIds = String.join(",", jobs);
        sql.update(CONNECTOR_KLAVIYO_SYNCS).set(CONNECTOR_KLAVIYO_SYNCS.STATUS, status)
                .set(CONNECTOR_KLAVIYO_SYNCS.JOB_IDS, jobIds.length() > 2000 ? jobIds.substring(0, 2000) : jobIds)
                .set(CONNECTOR_KLAVIYO_SYNCS.PROFILES, profiles)
                .set(CONNECTOR_KLAVIYO_SYNCS.LAST_RUN_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .set(CONNECTOR_KLAVIYO_SYNCS.ERROR, error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error)
                .where(CONNECTOR_KLAVIYO_SYNCS.ID.eq(syncId)).execute();
    }

    private Connection klaviyoConnection(WorkspaceId workspace, String connectionId) {
        Connection connection = connections.find(workspace, connectionId);
        if (!Connection.KLAVIYO.equals(connection.kind())) {
            throw new InvalidInputException("connection", connectionId + " is not a Klaviyo connection");
        }
        return connection;
    }

    private KlaviyoSync find(String id) {
        return sql.selectFrom(CONNECTOR_KLAVIYO_SYNCS).where(CONNECTOR_KLAVIYO_SYNCS.ID.eq(id)).fetchOptional(KlaviyoSyncs::sync)
                .orElseThrow(() -> new NotFoundException("No Klaviyo sync " + id));
    }

    private static KlaviyoSync sync(Record r) {
        return new KlaviyoSync(r.get(CONNECTOR_KLAVIYO_SYNCS.ID), r.get(CONNECTOR_KLAVIYO_SYNCS.CONNECTION_ID),
                r.get(CONNECTOR_KLAVIYO_SYNCS.SEGMENT_ID), r.get(CONNECTOR_KLAVIYO_SYNCS.LIST_ID),
                r.get(CONNECTOR_KLAVIYO_SYNCS.STATUS), r.get(CONNECTOR_KLAVIYO_SYNCS.JOB_IDS),
                r.get(CONNECTOR_KLAVIYO_SYNCS.PROFILES), ConnectionStore.instant(r.get(CONNECTOR_KLAVIYO_SYNCS.LAST_RUN_AT)),
                r.get(CONNECTOR_KLAVIYO_SYNCS.ERROR));
    }
}
