package com.scudo.connector.internal;

import com.scudo.connector.ConnectorSettings;
import com.scudo.shared.InvalidInputException;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where a connection's API is called, and so where its secret is sent: Shopify's at https://{shop}, Klaviyo's at
 * {@code scudo.connectors.klaviyo-url}. A workspace admin cannot choose another host, or they could have the
 * server send a token (and requests from inside its network) anywhere. Only a server started with
 * {@code scudo.connectors.allow-api-url-override} (tests, local fakes) takes a per-connection URL, and then only
 * one on the loopback interface; without that setting a URL stored earlier is ignored.
 */
@Component
public class ApiUrls {
    private final ConnectorSettings settings;

    ApiUrls(ConnectorSettings settings) {
        this.settings = settings;
    }

    /** The URL a new connection is stored with: the standard one, or a requested loopback URL where allowed. */
    public String forNew(String kind, String account, String requested) {
        if (requested == null || requested.isBlank()) {
            return standard(kind, account);
        }
        if (!settings.allowApiUrlOverride()) {
            throw new InvalidInputException("apiUrl", "apiUrl cannot be chosen: the " + kind + " API is called at "
                    + standard(kind, account));
        }
        String url = validUrl("apiUrl", requested.trim());
        if (!loopback(URI.create(url).getHost())) {
            throw new InvalidInputException("apiUrl", "apiUrl may only point at this machine (a local fake), was '"
                    + requested + "'");
        }
        return url;
    }

    /** Where the connection's API is called now. */
    public String of(Connection connection) {
        return settings.allowApiUrlOverride() && connection.apiUrl() != null
                ? connection.apiUrl() : standard(connection.kind(), connection.account());
    }

    private String standard(String kind, String account) {
        return Connection.SHOPIFY.equals(kind) ? "https://" + account : settings.klaviyoUrl();
    }

    private static boolean loopback(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public static String validUrl(String field, String url) {
        try {
            URI uri = URI.create(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be an http or https URL, was '" + url + "'");
        }
    }
}
