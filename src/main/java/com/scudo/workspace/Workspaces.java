package com.scudo.workspace;

import com.scudo.shared.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** The registry of workspaces. Access to a workspace is granted by its id, so only registered ones can be used. */
public interface Workspaces {

    List<Workspace> list();

    Optional<Workspace> find(WorkspaceId id);

    default boolean exists(WorkspaceId id) {
        return find(id).isPresent();
    }

    /**
     * Registers a new workspace. A display name of 1-100 characters (blank means the id);
     * throws {@link com.scudo.shared.ConflictException} when the id is taken.
     */
    Workspace create(WorkspaceId id, String displayName, String createdBy);

    /** The workspace's time zone and locale; the default (UTC, en-US) for one that is not registered. */
    WorkspaceLocale locale(WorkspaceId id);

    /** Sets the time zone and locale; a {@link com.scudo.shared.NotFoundException} for an unknown workspace. */
    void setLocale(WorkspaceId id, WorkspaceLocale locale);

    /** Registers the workspace unless it already is (for loads that bring their own workspace, such as the demo). */
    Workspace register(WorkspaceId id, String createdBy);
}
