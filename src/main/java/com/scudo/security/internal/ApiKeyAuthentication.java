package com.scudo.security.internal;

import com.scudo.security.ApiKey;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** A request signed with an API key: the key's workspace is the request's workspace, its scope gives the role. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {
    private final transient ApiKey key;

    ApiKeyAuthentication(ApiKey key) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + key.scope().role().name())));
        this.key = key;
        setAuthenticated(true);
    }

    ApiKey key() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "api-key:" + key.id();
    }
}
