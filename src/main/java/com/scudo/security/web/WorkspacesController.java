package com.scudo.security.web;

import com.scudo.security.ApiKeyScope;
import com.scudo.security.ApiKeys;
import com.scudo.security.Role;
import com.scudo.security.UserAccounts;
import com.scudo.security.internal.Callers;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.Workspace;
import com.scudo.workspace.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The workspace registry over REST: everyone sees the workspaces they may use; admins create new ones. */
@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspacesController {
    private final Workspaces workspaces;
    private final UserAccounts users;
    private final ApiKeys keys;
    private final Callers callers;

    WorkspacesController(Workspaces workspaces, UserAccounts users, ApiKeys keys, Callers callers) {
        this.workspaces = workspaces;
        this.users = users;
        this.keys = keys;
        this.callers = callers;
    }

    /** The new workspace and, when an API key created it, an admin key of the new one (shown only here). */
    record CreatedWorkspace(String id, String name, java.time.Instant createdAt, String createdBy,
                            Views.IssuedKeyView apiKey) {
    }

    record NewWorkspace(String id, String name) {
    }

    @GetMapping
    List<Views.WorkspaceView> list(Authentication caller) {
        List<WorkspaceId> mine = callers.workspacesOf(caller);
        return workspaces.list().stream().filter(w -> mine.contains(w.id())).map(Views.WorkspaceView::of).toList();
    }

    /**
     * The new workspace can be used at once by whoever created it: a person becomes its admin; an API key, which
     * belongs to one workspace, gets an admin key of the new one in the answer (the command line prints it), as
     * the workspace's first admin would create it.
     */
    @PostMapping
    ResponseEntity<CreatedWorkspace> create(Authentication caller, @RequestBody NewWorkspace request) {
        WorkspaceId id = WorkspaceId.of(request == null || request.id() == null ? "" : request.id().trim());
        Workspace created = workspaces.create(id, request.name(), callers.nameOf(caller));
        Views.IssuedKeyView key = null;
        if (callers.isPerson(caller)) {
            users.addMembership(caller.getName(), id, Role.ADMIN);
        } else {
            key = Views.IssuedKeyView.of(keys.create(id, ApiKeyScope.ADMIN, "first admin key", callers.nameOf(caller)));
        }
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store").body(new CreatedWorkspace(
                created.id().value(), created.displayName(), created.createdAt(), created.createdBy(), key));
    }
}
