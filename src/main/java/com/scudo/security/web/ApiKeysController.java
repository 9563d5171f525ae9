package com.scudo.security.web;

import com.scudo.security.ApiKeyScope;
import com.scudo.security.ApiKeys;
import com.scudo.security.IssuedApiKey;
import com.scudo.security.internal.Callers;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** API keys of the request's workspace (admins only): the secret is in the creation answer and nowhere else. */
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeysController {
    private final ApiKeys keys;
    private final Callers callers;

    ApiKeysController(ApiKeys keys, Callers callers) {
        this.keys = keys;
        this.callers = callers;
    }

    record NewKey(String scope, String name) {
    }

    @PostMapping
    ResponseEntity<Views.IssuedKeyView> create(WorkspaceId workspace, Authentication caller, @RequestBody(required = false) NewKey request) {
        if (request == null || request.scope() == null) {
            throw new InvalidValueException("scope", "A scope is needed: read, write or admin.");
        }
        IssuedApiKey issued = keys.create(workspace, ApiKeyScope.parse(request.scope()), request.name(), callers.nameOf(caller));
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store").body(Views.IssuedKeyView.of(issued));
    }

    @GetMapping
    List<Views.KeyView> list(WorkspaceId workspace) {
        return keys.list(workspace).stream().map(Views.KeyView::of).toList();
    }

    @DeleteMapping("/{id}")
    Views.KeyView revoke(WorkspaceId workspace, @PathVariable String id) {
        return Views.KeyView.of(keys.revoke(workspace, id));
    }
}
