package com.scudo.connector.shopify;

import com.scudo.connector.internal.Connection;
import com.scudo.connector.internal.ConnectionStore;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Connecting a workspace to a Shopify store with a custom app's Admin API access token and webhook secret. */
@Service
public class ShopifyConnections {
    static final String ACCESS_TOKEN = "accessToken";
    static final String WEBHOOK_SECRET = "webhookSecret";
    private static final Pattern SHOP = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}\\.myshopify\\.com");
    private final ConnectionStore connections;

    ShopifyConnections(ConnectionStore connections) {
        this.connections = connections;
    }

    /** {@code apiUrl} is where the Admin API is called: https://{shop} unless given (a proxy, or a local fake). */
    public Connection connect(WorkspaceId workspace, String shopDomain, String accessToken, String webhookSecret,
                              String apiUrl) {
        String shop = shopDomain == null ? "" : shopDomain.trim().toLowerCase(Locale.ROOT);
        if (!SHOP.matcher(shop).matches()) {
            throw new InvalidInputException("shopDomain", "shopDomain must be the store's myshopify.com domain, "
                    + "such as my-store.myshopify.com, was '" + shopDomain + "'");
        }
        require("accessToken", accessToken);
        require("webhookSecret", webhookSecret);
        String url = apiUrl == null || apiUrl.isBlank() ? "https://" + shop : validUrl("apiUrl", apiUrl.trim());
        if (connections.byAccount(Connection.SHOPIFY, shop).isPresent()) {
            throw new ConflictException("The store " + shop + " is already connected");
        }
        return connections.create(workspace, Connection.SHOPIFY, shop, url,
                Map.of(ACCESS_TOKEN, accessToken.trim(), WEBHOOK_SECRET, webhookSecret.trim()));
    }

    static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
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
