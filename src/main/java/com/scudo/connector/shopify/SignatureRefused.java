package com.scudo.connector.shopify;

/** A webhook whose signature does not match its body: answered 401, as Shopify expects of a refused delivery. */
public class SignatureRefused extends RuntimeException {
    public SignatureRefused(String message) {
        super(message);
    }
}
