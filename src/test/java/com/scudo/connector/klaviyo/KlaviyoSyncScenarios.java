package com.scudo.connector.klaviyo;

import com.scudo.demo.DemoData;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A segment pushed to a local fake of Klaviyo's bulk profile import jobs API (documented request and answer shapes). */
abstract class KlaviyoSyncScenarios {
    private static final String KEY = "pk_fake_private_key";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;

    @Test
    void aKlaviyoUrlOffThisMachineIsRefused() {
        Api api = new Api(port, "kl-" + UUID.randomUUID().toString().substring(0, 8));
        Api.Response refused = api.post("/api/v1/connections/klaviyo", """
                {"account": "main", "apiKey": "%s", "apiUrl": "http://203.0.113.7"}""".formatted(KEY));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("apiUrl").doesNotContain(KEY);
        assertThat(api.get("/api/v1/connections").json()).isEmpty();
    }

    @Test
    void segmentMembersGoToTheListWithScoresAsProfileProperties() throws Exception {
        String workspace = "kl-" + UUID.randomUUID().toString().substring(0, 8);
        demo.load(WorkspaceId.of(workspace), 40, 7);
        Api api = new Api(port, workspace);
        try (FakeKlaviyo klaviyo = new FakeKlaviyo(KEY)) {
            Map<String, JsonNode> profiles = klaviyo.profiles;
            List<String> listIds = klaviyo.listIds;
            List<String> badHeaders = klaviyo.badHeaders;
            String url = klaviyo.url();
            Api.Response connected = api.post("/api/v1/connections/klaviyo", """
                    {"account": "main", "apiKey": "%s", "apiUrl": "%s"}""".formatted(KEY, url));
            assertThat(connected.status()).isEqualTo(201);
            assertThat(connected.body()).doesNotContain(KEY);
            String id = connected.json().path("id").asString();
            JsonNode segment = null;
            for (JsonNode s : api.get("/api/v1/segments").json()) {
                if (s.path("stats").path("customers").asInt(0) > 0 || s.path("stats").path("members").asInt(0) > 0) {
                    segment = s;
                    break;
                }
            }
            assertThat(segment).isNotNull();
            String segmentId = segment.path("segment").path("id").asString();

            JsonNode sync = api.post("/api/v1/connections/" + id + "/syncs", """
                    {"segmentId": "%s", "listId": "XyZ123"}""".formatted(segmentId)).json();
            assertThat(sync.path("status").asString()).isEqualTo("complete");
            assertThat(sync.path("profiles").asInt()).isPositive().isEqualTo(profiles.size());
            assertThat(listIds).containsOnly("XyZ123");
            assertThat(badHeaders).isEmpty();
            JsonNode someone = profiles.values().iterator().next();
            assertThat(someone.path("properties").has("scudo_churn")).isTrue();
            assertThat(someone.path("properties").has("scudo_clv")).isTrue();
            assertThat(someone.path("properties").path("scudo_segment").asString()).isNotBlank();
            // The expected next order where the model gives one, the same date the 360 view shows; null where it does not.
            long withNextOrder = 0;
            for (var profile : profiles.entrySet()) {
                JsonNode sent = profile.getValue().path("properties").path("scudo_next_order");
                assertThat(profile.getValue().path("properties").has("scudo_next_order")).isTrue();
                JsonNode shown = api.get("/api/v1/customers/" + profile.getKey() + "/360").json()
                        .path("scores").path("nextOrderDate");
                assertThat(sent.isNull() ? null : sent.asString()).isEqualTo(shown.isMissingNode() || shown.isNull()
                        ? null : shown.asString());
                withNextOrder += sent.isNull() ? 0 : 1;
            }
            assertThat(withNextOrder).isPositive();

            // on demand again: the same sync, an upsert of the same profiles
            JsonNode again = api.post("/api/v1/connections/" + id + "/syncs/" + sync.path("id").asString() + "/run", "").json();
            assertThat(again.path("profiles").asInt()).isEqualTo(profiles.size());
            assertThat(api.get("/api/v1/connections/" + id + "/syncs").json()).hasSize(1);
        }
    }
}
