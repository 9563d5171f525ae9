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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The members of the request's workspace, for its admins (the path rule lets only a caller with the admin role in
 * this workspace in). Every change here concerns this workspace only: a role, a membership. A new user can be
 * given several workspaces at once only where the caller is an admin of each. Answers name no other workspace.
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
    List<Views.UserView> list(WorkspaceId workspace, Authentication caller) {
        List<WorkspaceId> mine = callers.administeredBy(caller);
        return users.members(workspace).stream().map(u -> Views.UserView.of(u, workspace, mine)).toList();
    }

    @PostMapping
    ResponseEntity<Views.UserView> create(WorkspaceId workspace, Authentication caller, @RequestBody NewUser request) {
        if (request == null || request.role() == null) {
            throw new InvalidValueException("role", "A role is needed: admin, analyst or viewer.");
        }
        List<WorkspaceId> mine = callers.administeredBy(caller);
        List<WorkspaceId> wanted = request.workspaces() == null || request.workspaces().isEmpty()
                ? List.of(workspace) : request.workspaces().stream().map(w -> WorkspaceId.of(w == null ? "" : w.trim())).toList();
        for (WorkspaceId w : wanted) {
            if (!mine.contains(w)) {
                throw new AccessRefusedException("You are not an admin of workspace '" + w + "'.");
            }
        }
        char[] password = request.password() == null ? new char[0] : request.password().toCharArray();
        UserAccount created = users.create(request.username(), password, Role.parse(request.role()), wanted);
        return ResponseEntity.status(HttpStatus.CREATED).body(Views.UserView.of(created, workspace, mine));
    }

    /** The user's role in this workspace; their roles elsewhere stay as they are. */
    @PatchMapping("/{username}")
    Views.UserView changeRole(WorkspaceId workspace, Authentication caller, @PathVariable String username,
                              @RequestBody RoleChange request) {
        if (request == null || request.role() == null) {
            throw new InvalidValueException("role", "A role is needed: admin, analyst or viewer.");
        }
        UserAccount changed = users.changeRole(username, workspace, Role.parse(request.role()));
        return Views.UserView.of(changed, workspace, callers.administeredBy(caller));
    }

    /** Removes the user from this workspace; their account and other workspaces stay. */
    @DeleteMapping("/{username}")
    ResponseEntity<Void> remove(WorkspaceId workspace, @PathVariable String username) {
        users.removeMembership(username, workspace);
        return ResponseEntity.noContent().build();
    }

    /**
     * Ends a sign-in lock early, for a member of this workspace. The lock is the account's (it guards the one
     * password), so lifting it lets the person sign in again everywhere they belong; it grants nothing anywhere.
     */
    @PostMapping("/{username}/unlock")
    Views.UserView unlock(WorkspaceId workspace, Authentication caller, @PathVariable String username) {
        users.find(username).filter(u -> u.roleIn(workspace).isPresent())
                .orElseThrow(() -> new NotFoundException("No user named '" + username + "' in this workspace"));
        return Views.UserView.of(users.unlock(username), workspace, callers.administeredBy(caller));
    }
}
