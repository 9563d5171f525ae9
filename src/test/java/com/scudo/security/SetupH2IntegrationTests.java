package com.scudo.security;

import com.scudo.security.internal.SetupCode;
import com.scudo.support.Api;
import com.scudo.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh installation (its own empty database, no user): the setup code from the log creates the first admin
 * once, a wrong code creates nothing, and afterwards /setup is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:scudo-setup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "scudo.dynamodb.mode=in-memory",
        "scudo.demo.load-on-start=false",
        "scudo.sync.replay-initial-delay=PT1H"})
class SetupH2IntegrationTests {
    @LocalServerPort
    int port;
    @Autowired
    SetupCode setup;
    @Autowired
    UserAccounts users;

    @Test
    void theSetupCodeCreatesTheFirstAdminOnceAndThenSetupIsGone() {
        assertThat(users.anyUser()).isFalse();
        String code = setup.current().orElseThrow();
        assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        WebUser owner = new WebUser(port);
        Api.Response form = owner.get("/setup");
        assertThat(form.status()).isEqualTo(200);
        assertThat(owner.get("/login").body()).contains("create the first admin");

        Api.Response wrong = owner.postForm("/setup", Map.of("code", "AAAA-BBBB-CCCC-DDDD", "username", "owner",
                "password", "a-long-password-1", "confirm", "a-long-password-1", "_csrf", WebUser.hiddenToken(form.body())));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body()).contains("setup code is not right");
        assertThat(users.anyUser()).isFalse();

        Api.Response noToken = owner.postForm("/setup", Map.of("code", code, "username", "owner",
                "password", "a-long-password-1", "confirm", "a-long-password-1"));
        assertThat(noToken.status()).as("CSRF token required").isIn(302, 403);
        assertThat(users.anyUser()).isFalse();

        Api.Response right = owner.postForm("/setup", Map.of("code", code.toLowerCase(), "username", "Owner",
                "password", "a-long-password-1", "confirm", "a-long-password-1",
                "_csrf", WebUser.hiddenToken(owner.get("/setup").body())));
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.header("Location")).endsWith("/login?created");
        UserAccount admin = users.find("owner").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.workspaces()).extracting(w -> w.value()).contains("demo");

        assertThat(owner.get("/setup").status()).isEqualTo(404);
        Api.Response again = owner.postForm("/setup", Map.of("code", code, "username", "second",
                "password", "a-long-password-2", "confirm", "a-long-password-2",
                "_csrf", WebUser.hiddenToken(owner.get("/login").body())));
        assertThat(again.status()).isEqualTo(404);
        assertThat(users.find("second")).isEmpty();
        assertThat(setup.current()).isEmpty();

        assertThat(owner.signIn("owner", "a-long-password-1")).isEqualTo("/");
        assertThat(owner.get("/api/v1/overview").status()).isEqualTo(200);
        assertThat(owner.get("/").body()).contains("Sign out", "owner");
        assertThat(owner.get("/api/v1/audit?action=user.first_admin").body()).as("the first admin is audited")
                .contains("\"user.first_admin\"").contains("\"owner\"");
    }
}
