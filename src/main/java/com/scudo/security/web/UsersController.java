package com.scudo.security.web;

import com.scudo.security.Role;
import com.scudo.security.UserAccount;
import com.scudo.security.UserAccounts;
import com.scudo.security.internal.Callers;
import com.scudo.shared.AccessRefusedException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Users, for admins. An admin sees and manages only people who share a workspace with them, and can give a new
 * user only workspaces they belong to themselves.
 */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {
    private final UserAccounts users;
    private final Callers callers;

    UsersController(UserAccounts users, Callers callers) {
        this.users = users;
        this.callers = callers;
    }

    record NewUser(String username, String password, String role, List<String> workspaces) {
    }

    record RoleChange(String role) {
    }

    @GetMapping
    List<Views.UserView> list(Authentication caller) {
        List<WorkspaceId> mine = callers.workspacesOf(caller);
        return users.list().stream().filter(u -> u.workspaces().stream().anyMatch(mine::contains)).map(Views.UserView::of).toList();
    }

    @PostMapping
    ResponseEntity<Views.UserView> create(WorkspaceId workspace, Authentication caller, @RequestBody NewUser request) {
        if (request == null || request.role() == null) {
            throw new InvalidValueException("role", "A role is needed: admin, analyst or viewer.");
        }
        List<WorkspaceId> mine = callers.workspacesOf(caller);
        List<WorkspaceId> wanted = request.workspaces() == null || request.workspaces().isEmpty()
                ? List.of(workspace) : request.workspaces().stream().map(w -> WorkspaceId.of(w.trim())).toList();
        for (WorkspaceId w : wanted) {
            if (!mine.contains(w)) {
                throw new AccessRefusedException("You do not have access to workspace '" + w + "'.");
            }
        }
        char[] password = request.password() == null ? new char[0] : request.password().toCharArray();
        UserAccount created = users.create(request.username(), password, Role.parse(request.role()), wanted);
        return ResponseEntity.status(HttpStatus.CREATED).body(Views.UserView.of(created));
    }

    @PatchMapping("/{username}")
    Views.UserView changeRole(Authentication caller, @PathVariable String username, @RequestBody RoleChange request) {
        visible(caller, username);
        if (request == null || request.role() == null) {
            throw new InvalidValueException("role", "A role is needed: admin, analyst or viewer.");
        }
        return Views.UserView.of(users.changeRole(username, Role.parse(request.role())));
    }

    @PostMapping("/{username}/unlock")
    Views.UserView unlock(Authentication caller, @PathVariable String username) {
        visible(caller, username);
        return Views.UserView.of(users.unlock(username));
    }

    private void visible(Authentication caller, String username) {
        List<WorkspaceId> mine = callers.workspacesOf(caller);
        users.find(username).filter(u -> u.workspaces().stream().anyMatch(mine::contains))
                .orElseThrow(() -> new NotFoundException("No user named '" + username + "'"));
    }
}
