package com.scudo.security.web;

import com.scudo.security.ApiKeyScope;
import com.scudo.security.ApiKeys;
import com.scudo.security.IssuedApiKey;
import com.scudo.security.internal.LocalAdminToken;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * {@code api-keys create} on the server's own machine while it runs, without a key yet: the command line shows the
 * local admin token from the data directory ({@link LocalAdminToken}). Only from this machine (loopback).
 */
@RestController
class LocalAdminController {
    private final ApiKeys keys;
    private final LocalAdminToken token;

    LocalAdminController(ApiKeys keys, LocalAdminToken token) {
        this.keys = keys;
        this.token = token;
    }

    record NewKey(String workspace, String scope, String name) {
    }

    @PostMapping("/api/v1/local-admin/api-keys")
    ResponseEntity<?> create(HttpServletRequest request, @RequestHeader(value = LocalAdminToken.HEADER, required = false) String presented,
                             @RequestBody(required = false) NewKey body) {
        if (!loopback(request.getRemoteAddr()) || !token.accepts(presented)) {
            ProblemDetail refused = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The local admin token is missing or wrong: run the command on the server's machine, as the owner of "
                            + "its data directory, or send an admin API key.");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(refused);
        }
        if (body == null || body.scope() == null || body.workspace() == null) {
            throw new InvalidValueException("scope", "A workspace and a scope are needed: read, write or admin.");
        }
        IssuedApiKey issued = keys.create(WorkspaceId.of(body.workspace()), ApiKeyScope.parse(body.scope()), body.name(),
                "command line (local admin token)");
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store").body(Views.IssuedKeyView.of(issued));
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
