package com.scudo.connector;

import com.scudo.ingest.IngestService;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

abstract class ShopifyWebhookScenarios {
    private static final String SECRET = "shpss_webhook_secret_for_tests";
    private static final String TOKEN = "shpat_access_token_for_tests";

    @LocalServerPort
    int port;
    @Autowired
    IngestService ingest;
    @Autowired
    DSLContext sql;
    @Autowired
    com.scudo.identity.IdentityResolution identity;

    private Api api;
    private String shop;
    private WorkspaceId workspace;

    @BeforeEach
    void connect() {
        workspace = WorkspaceId.of("shop-" + UUID.randomUUID().toString().substring(0, 8));
        api = new Api(port, workspace.value());
        shop = workspace.value() + ".myshopify.com";
        Api.Response created = api.post("/api/v1/connections/shopify", """
                {"shopDomain": "%s", "accessToken": "%s", "webhookSecret": "%s"}""".formatted(shop, TOKEN, SECRET));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    @Test
    void secretsAreStoredSealedAndNeverReturned() {
        assertThat(api.get("/api/v1/connections").body()).doesNotContain(TOKEN).doesNotContain(SECRET).contains(shop);
        String stored = sql.fetchOne("select secret_box from connector_connections where account = ?", shop)
                .get(0, String.class);
        assertThat(stored).startsWith("v1:").doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    @Test
    void signedOrderIsRecordedOnceAndShowsInThe360View() {
        assertThat(api.post("/api/v1/exchange-rates", """
                {"rates": [{"currency": "EUR", "date": "2026-01-01", "rate": 1.08}]}""").status()).isLessThan(300);
        String body = ShopifySamples.order(5001, "#5001", "ada@example.com", 77, "100.00", "EUR", "paid", "[]");
        HttpResponse<String> first = ShopifySamples.post(port, shop, "orders/create", "wh-1", SECRET, body);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"outcome\":\"recorded\"").contains("\"detail\":\"created\"");
        HttpResponse<String> again = ShopifySamples.post(port, shop, "orders/create", "wh-1", SECRET, body);
        assertThat(again.body()).contains("\"outcome\":\"duplicate\"");
        // Shopify may also send the same order again under a new delivery id: the recording path keeps it once and
        // answers as it did the first time.
        assertThat(ShopifySamples.post(port, shop, "orders/updated", "wh-2", SECRET, body).body())
                .contains("\"detail\":\"created\"");
        ingest.replayPending();

        JsonNode view = api.get("/api/v1/customers/ada@example.com/360").json();
        JsonNode orders = view.path("orders").path("newestFirst");
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).path("orderId").asString()).isEqualTo("#5001");
        assertThat(orders.get(0).path("currency").asString()).isEqualTo("EUR");
        assertThat(view.path("profile").path("city").asString()).isEqualTo("Boston");
        assertThat(api.get("/api/v1/connections").json().get(0).path("eventsReceived").asLong()).isEqualTo(2);
    }

    @Test
    void wrongSignatureIsRefusedAndNothingIsRecorded() {
        String body = ShopifySamples.order(5002, "#5002", "eve@example.com", 78, "50.00", "USD", "paid", "[]");
        HttpResponse<String> forged = ShopifySamples.post(port, shop, "orders/create", "wh-3", "not-the-secret", body);
        assertThat(forged.statusCode()).isEqualTo(401);
        HttpResponse<String> tampered = ShopifySamples.postSigned(port, shop, "orders/create", "wh-3",
                com.scudo.connector.internal.Signatures.shopify(SECRET, body.getBytes()), body.replace("50.00", "5.00"));
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/customers/eve@example.com/360").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/connections").json().get(0).path("lastError").asString()).contains("Hmac");
    }

    @Test
    void refundsNetTheOrderWhicheverArrivesFirst() {
        // A refund before its order is kept, and counted when the order arrives.
        assertThat(ShopifySamples.post(port, shop, "refunds/create", "wh-10", SECRET,
                ShopifySamples.refund(901, 6001, "30.00")).statusCode()).isEqualTo(200);
        ShopifySamples.post(port, shop, "orders/create", "wh-11", SECRET,
                ShopifySamples.order(6001, "#6001", "bob@example.com", 79, "100.00", "USD", "partially_refunded", "[]"));
        // A second refund after the order re-records it; the same refund inside a later orders/updated counts once.
        ShopifySamples.post(port, shop, "refunds/create", "wh-12", SECRET, ShopifySamples.refund(902, 6001, "20.00"));
        ShopifySamples.post(port, shop, "orders/updated", "wh-13", SECRET,
                ShopifySamples.order(6001, "#6001", "bob@example.com", 79, "100.00", "USD", "partially_refunded",
                        "[" + ShopifySamples.refund(902, 6001, "20.00") + "]"));
        ingest.replayPending();
        JsonNode view = api.get("/api/v1/customers/bob@example.com/360").json();
        assertThat(view.path("live").path("revenue").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void customersRedactErasesAsThePrivacyCommandDoes() {
        ShopifySamples.post(port, shop, "orders/create", "wh-20", SECRET,
                ShopifySamples.order(7001, "#7001", "gone@example.com", 80, "40.00", "USD", "paid", "[]"));
        ingest.replayPending();
        assertThat(api.get("/api/v1/customers/gone@example.com/360").status()).isEqualTo(200);
        String redact = """
                {"shop_id": 954889, "shop_domain": "%s", "customer": {"id": 80, "email": "gone@example.com",
                 "phone": null}, "orders_to_redact": [7001]}""".formatted(shop);
        HttpResponse<String> answer = ShopifySamples.post(port, shop, "customers/redact", "wh-21", SECRET, redact);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("erased");
        assertThat(api.get("/api/v1/customers/gone@example.com/360").status()).isEqualTo(404);
        String request = """
                {"shop_id": 954889, "shop_domain": "%s", "orders_requested": [7001],
                 "customer": {"id": 81, "email": "asks@example.com"}, "data_request": {"id": 9999}}""".formatted(shop);
        assertThat(ShopifySamples.post(port, shop, "customers/data_request", "wh-22", SECRET, request).body())
                .contains("privacy/export");
    }

    @Test
    void customersCreateAndUpdateKeepTheProfileAsShopifyHasIt() {
        HttpResponse<String> created = ShopifySamples.post(port, shop, "customers/create", "wh-60", SECRET, """
                {"id": 95, "email": "lin@example.com", "first_name": "Lin", "last_name": "Wu",
                 "created_at": "2026-02-01T09:00:00-05:00",
                 "default_address": {"city": "Denver", "province": "Colorado", "country": "United States"}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(ShopifySamples.post(port, shop, "customers/update", "wh-61", SECRET, """
                {"id": 95, "email": "lin@example.com", "first_name": "Lin", "last_name": "Wu-Park",
                 "created_at": "2026-02-01T09:00:00-05:00",
                 "default_address": {"city": "Boulder", "province": "Colorado", "country": "United States"}}""")
                .statusCode()).isEqualTo(200);
        ingest.replayPending();
        JsonNode profile = api.get("/api/v1/customers/lin@example.com/360").json().path("profile");
        assertThat(profile.path("name").asString()).isEqualTo("Lin Wu-Park");
        assertThat(profile.path("city").asString()).isEqualTo("Boulder");
    }

    @Test
    void shopRedactErasesEveryCustomerTheShopSentAndNoOther() {
        assertThat(api.post("/api/v1/customers", """
                {"id": "direct-1", "name": "Dana Direct", "email": "dana@example.com"}""").status()).isLessThan(300);
        ShopifySamples.post(port, shop, "orders/create", "wh-70", SECRET,
                ShopifySamples.order(7101, "#7101", "one@example.com", 96, "30.00", "USD", "paid", "[]"));
        ShopifySamples.post(port, shop, "orders/create", "wh-71", SECRET,
                ShopifySamples.order(7102, "#7102", "two@example.com", 97, "45.00", "USD", "paid", "[]"));
        ingest.replayPending();

        HttpResponse<String> redact = ShopifySamples.post(port, shop, "shop/redact", "wh-72", SECRET, """
                {"shop_id": 954889, "shop_domain": "%s"}""".formatted(shop));
        assertThat(redact.statusCode()).isEqualTo(200);
        assertThat(redact.body()).contains("2 of 2 customers erased");
        assertThat(api.get("/api/v1/customers/one@example.com/360").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/two@example.com/360").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/direct-1/360").status()).as("not sent by the shop").isEqualTo(200);
        assertThat(api.get("/api/v1/connections").json().get(0).path("status").asString()).isEqualTo("redacted");
    }

    @Test
    void aMergedAwayCustomersAddressFindsTheCustomerItWasMergedInto() {
        assertThat(api.post("/api/v1/customers", """
                {"id": "keep-1", "name": "Kim Keep", "email": "kim@example.com"}""").status()).isLessThan(300);
        assertThat(api.post("/api/v1/customers", """
                {"id": "gone-1", "name": "Kim K", "email": "kim.old@example.com"}""").status()).isLessThan(300);
        
        identity.merge(workspace, CustomerId.of("keep-1"), CustomerId.of("gone-1"));

        HttpResponse<String> order = ShopifySamples.post(port, shop, "orders/create", "wh-40", SECRET,
                ShopifySamples.order(8001, "#8001", "Kim.Old@example.com", 90, "25.00", "USD", "paid", "[]"));
        assertThat(order.statusCode()).isEqualTo(200);
        HttpResponse<String> customer = ShopifySamples.post(port, shop, "customers/update", "wh-41", SECRET, """
                {"id": 90, "email": "kim.old@example.com", "first_name": "Kim", "last_name": "Old"}""");
        assertThat(customer.body()).contains("merged");
        ingest.replayPending();

        JsonNode view = api.get("/api/v1/customers/keep-1/360").json();
        assertThat(view.path("orders").path("newestFirst")).extracting(o -> o.path("orderId").asString())
                .containsExactly("#8001");
        assertThat(view.path("profile").path("name").asString()).isEqualTo("Kim Keep");
        // no customer was made from the old address
        assertThat(api.get("/api/v1/customers/" + com.scudo.connector.shopify.ShopifyPayloads.customerKey("kim.old@example.com", null, null) + "/360").status())
                .isEqualTo(404);
    }

    @Test
    void aCustomerWithoutANameIsShownByTheirAddress() {
        String body = """
                {"id": 9001, "name": "#9001", "email": "noname@example.com", "created_at": "2026-03-01T10:00:00Z",
                 "currency": "USD", "total_price": "12.00", "total_discounts": "0.00", "financial_status": "paid",
                 "customer": {"id": 91, "email": "noname@example.com", "first_name": null, "last_name": null},
                 "line_items": [], "refunds": []}""";
        HttpResponse<String> answer = ShopifySamples.post(port, shop, "orders/create", "wh-50", SECRET, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        ingest.replayPending();
        assertThat(api.get("/api/v1/customers/noname@example.com/360").json().path("profile").path("name").asString())
                .isEqualTo("noname@example.com");
    }

    @Test
    void unknownShopIsNotFoundAndUnsignedIsRefused() {
        assertThat(ShopifySamples.post(port, "nobody.myshopify.com", "orders/create", "wh-30", SECRET, "{}").statusCode())
                .isEqualTo(404);
        assertThat(ShopifySamples.postSigned(port, shop, "orders/create", "wh-31", "", "{}").statusCode()).isEqualTo(401);
    }
}
