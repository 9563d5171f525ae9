package com.scudo.connector.internal;

import com.scudo.connector.ConnectorSettings;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiUrlsTests {
    private static final ApiUrls PRODUCTION = new ApiUrls(settings(false));
    private static final ApiUrls WITH_FAKES = new ApiUrls(settings(true));

    private static ConnectorSettings settings(boolean allowOverride) {
        return new ConnectorSettings(null, null, "https://a.klaviyo.com", null, null, null, null, null, null,
                allowOverride);
    }

    @Test
    void productionCallsTheStandardApisOnly() {
        assertThat(PRODUCTION.forNew(Connection.SHOPIFY, "my-store.myshopify.com", null))
                .isEqualTo("https://my-store.myshopify.com");
        assertThat(PRODUCTION.forNew(Connection.KLAVIYO, "ws/main", " ")).isEqualTo("https://a.klaviyo.com");
        assertThatThrownBy(() -> PRODUCTION.forNew(Connection.KLAVIYO, "ws/main", "https://collector.example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("https://a.klaviyo.com");
        assertThatThrownBy(() -> PRODUCTION.forNew(Connection.SHOPIFY, "s.myshopify.com", "http://127.0.0.1:9000"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aUrlStoredEarlierIsIgnoredWhereOverridesAreOff() {
        Connection stored = connection(Connection.KLAVIYO, "ws/main", "http://203.0.113.7");
        assertThat(PRODUCTION.of(stored)).isEqualTo("https://a.klaviyo.com");
        assertThat(PRODUCTION.of(connection(Connection.SHOPIFY, "s.myshopify.com", "http://203.0.113.7")))
                .isEqualTo("https://s.myshopify.com");
        assertThat(WITH_FAKES.of(stored)).isEqualTo("http://203.0.113.7");
    }

    @Test
    void fakesMustListenOnThisMachine() {
        assertThat(WITH_FAKES.forNew(Connection.KLAVIYO, "ws/main", "http://127.0.0.1:4567/")).isEqualTo("http://127.0.0.1:4567");
        assertThat(WITH_FAKES.forNew(Connection.SHOPIFY, "s.myshopify.com", "http://localhost:4567"))
                .isEqualTo("http://localhost:4567");
        assertThatThrownBy(() -> WITH_FAKES.forNew(Connection.KLAVIYO, "ws/main", "http://203.0.113.7"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("this machine");
        assertThatThrownBy(() -> WITH_FAKES.forNew(Connection.KLAVIYO, "ws/main", "ftp://127.0.0.1"))
                .isInstanceOf(InvalidInputException.class);
    }

    private static Connection connection(String kind, String account, String apiUrl) {
        return new Connection("id", WorkspaceId.of("ws"), kind, account, apiUrl, "connected", 0, null, null, null, null);
    }
}
