package com.scudo.connector.shopify;

import com.scudo.connector.internal.ApiUrls;
import com.scudo.connector.internal.Connection;
import com.scudo.connector.internal.ConnectionStore;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Service;

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
    private final ApiUrls apiUrls;

    ShopifyConnections(ConnectionStore connections, ApiUrls apiUrls) {
        this.connections = connections;
        this.apiUrls = apiUrls;
    }

    /** The Admin API is called at https://{shop}; {@code apiUrl} only where the server allows a local fake. */
    public Connection connect(WorkspaceId workspace, String shopDomain, String accessToken, String webhookSecret,
                              String apiUrl) {
        String shop = shopDomain == null ? "" : shopDomain.trim().toLowerCase(Locale.ROOT);
        if (!SHOP.matcher(shop).matches()) {
            throw new InvalidInputException("shopDomain", "shopDomain must be the store's myshopify.com domain, "
                    + "such as my-store.myshopify.com, was '" + shopDomain + "'");
        }
        require("accessToken", accessToken);
        require("webhookSecret", webhookSecret);
        String url = apiUrls.forNew(Connection.SHOPIFY, shop, apiUrl);
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
}
