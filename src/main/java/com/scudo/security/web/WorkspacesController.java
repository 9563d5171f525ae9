package com.scudo.security.web;

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
    private final Callers callers;

    WorkspacesController(Workspaces workspaces, UserAccounts users, Callers callers) {
        this.workspaces = workspaces;
        this.users = users;
        this.callers = callers;
    }

    record NewWorkspace(String id, String name) {
    }

    @GetMapping
    List<Views.WorkspaceView> list(Authentication caller) {
        List<WorkspaceId> mine = callers.workspacesOf(caller);
        return workspaces.list().stream().filter(w -> mine.contains(w.id())).map(Views.WorkspaceView::of).toList();
    }

    /** The creating person becomes its admin, so the new workspace can be used at once. */
    @PostMapping
    ResponseEntity<Views.WorkspaceView> create(Authentication caller, @RequestBody NewWorkspace request) {
        WorkspaceId id = WorkspaceId.of(request == null || request.id() == null ? "" : request.id().trim());
        Workspace created = workspaces.create(id, request.name(), callers.nameOf(caller));
        if (callers.isPerson(caller)) {
            users.addMembership(caller.getName(), id, Role.ADMIN);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Views.WorkspaceView.of(created));
    }
}
