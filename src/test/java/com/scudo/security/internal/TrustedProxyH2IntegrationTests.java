package com.scudo.security.internal;

import com.scudo.support.Api;
import com.scudo.support.H2IntegrationTest;
import com.scudo.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A proxy named in SCUDO_TRUSTED_PROXIES is believed: its X-Forwarded-For names the client, its X-Forwarded-Proto https. */
@H2IntegrationTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
class TrustedProxyH2IntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    AddressLimiter addresses;

    @Test
    void aTrustedProxyNamesTheClientAndTheScheme() {
        String client = "198.51.100." + (1 + (int) (Math.random() * 250));
        WebUser browser = new WebUser(port);
        String token = WebUser.hiddenToken(browser.get("/login").body());
        String form = "username=nobody-" + UUID.randomUUID().toString().substring(0, 6) + "&password=wrong-password-1"
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);

        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(addresses.failures(client)).isEqualTo(1);
        Api.Response behindTls = Api.anonymous(port, null).send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).header("X-Forwarded-Proto", "https").GET());
        assertThat(behindTls.header("Strict-Transport-Security")).contains("max-age=");
    }
}
