package com.scudo.security.internal;

import com.scudo.support.Api;
import com.scudo.support.H2IntegrationTest;
import com.scudo.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With no trusted proxy configured (the default), X-Forwarded-For is not believed: failures count against the peer. */
@H2IntegrationTest
class ForwardedForH2IntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    AddressLimiter addresses;

    @Test
    void aForgedForwardedForHeaderDoesNotMoveTheFailureToAnotherAddress() {
        String forged = "203.0.113." + (1 + (int) (Math.random() * 250));
        int peerBefore = addresses.failures("127.0.0.1");
        WebUser browser = new WebUser(port);
        String token = WebUser.hiddenToken(browser.get("/login").body());
        String form = "username=nobody-" + UUID.randomUUID().toString().substring(0, 6) + "&password=wrong-password-1"
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);

        Api.Response answer = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forged)
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(answer.header("Location")).contains("/login?error");
        assertThat(addresses.failures(forged)).isZero();
        assertThat(addresses.failures("127.0.0.1")).isGreaterThan(peerBefore);
    }
}
