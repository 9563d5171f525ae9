package com.scudo.security.internal;

import org.springframework.security.access.AccessDeniedException;

/** A signed-in caller asked for a workspace that is not theirs. */
final class WorkspaceRefused extends AccessDeniedException {
    WorkspaceRefused(String requested) {
        super("You do not have access to workspace '" + requested + "'.");
    }
}
