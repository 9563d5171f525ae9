package com.scudo.security;

/** A newly created key: {@code secret} is the whole key to send as {@code Authorization: Bearer}, shown this once. */
public record IssuedApiKey(ApiKey key, String secret) {
}
