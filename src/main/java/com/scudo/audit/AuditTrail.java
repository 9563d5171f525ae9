package com.scudo.audit;

import com.scudo.shared.WorkspaceId;

import java.time.Instant;

/**
 * The audit log: who viewed, exported, changed or erased what. {@link #record} is called in the flow of the
 * action it records and never fails that action: an event that cannot be stored is written to the error log in
 * full (logger {@code com.scudo.audit.LOST}), so it is never lost silently. The actor is the current one
 * ({@link com.scudo.platform.CurrentActor}). {@code detail} must not hold personal data: the subject's id is
 * the only identifier an event keeps.
 */
public interface AuditTrail {

    void record(WorkspaceId workspace, AuditAction action, AuditSubject subject, String detail);

    /**
     * Records a read (such as a 360 view): returns once the event is stored, like {@link #record}, but concurrent
     * reads share one insert and one commit (group commit) and no transaction of the caller's is involved. Not
     * for actions that change data, whose event must commit or roll back with them: use {@link #record} there.
     */
    void recordRead(WorkspaceId workspace, AuditAction action, AuditSubject subject);

    /**
     * The workspace's events, newest first: those at or after {@code since} (null: all), of {@code action}
     * (null: all), {@code limit} 1..{@value AuditPage#MAX_LIMIT}, continuing after {@code cursor}.
     */
    AuditPage list(WorkspaceId workspace, Instant since, AuditAction action, int limit, String cursor);
}
