package com.scudo.ingest.internal;

import com.scudo.customer.ProfileAndCounters;
import com.scudo.customer360.Customer360;
import com.scudo.customer360.Customer360Views;
import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.OrderCommand;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An acknowledged write shows in the next 360 view, also before the outbox has copied it to the operational store. */
@H2IntegrationTest
class ReadYourWritesH2IntegrationTests {
    @Autowired
    IngestService ingest;
    @Autowired
    OperationalCopier copier;
    @Autowired
    Outbox outbox;
    @Autowired
    Customer360Views views;
    @Autowired
    ProfileAndCounters operational;

    @Test
    void aViewShowsWhatWasAcknowledgedBeforeItIsCopied() {
        WorkspaceId shop = WorkspaceId.of("own-" + UUID.randomUUID().toString().substring(0, 8));
        CustomerId opal = CustomerId.of("opal-1");
        ingest.upsertCustomer(shop, customer("Boise"));
        ingest.recordOrder(shop, order("opal-1-o1", "2026-11-02T10:00:00Z", "42"));
        ingest.replayPending();
        assertThat(outbox.allCopied()).isTrue();
        assertThat(views.view(shop, opal).orders().newestFirst()).hasSize(1); // held in the view's cache now

        copier.stop(); // the copy waits: what follows is acknowledged, in the outbox, not in the operational store
        try {
            ingest.upsertCustomer(shop, customer("Tulsa"));
            ingest.recordOrder(shop, order("opal-1-o2", "2026-11-20T09:30:00Z", "58.10"));
            assertThat(outbox.allCopied()).isFalse();
            assertThat(operational.read(shop, opal).profile()).get().extracting(p -> p.address().city()).isEqualTo("Boise");

            Customer360 view = views.view(shop, opal);
            assertThat(view.profile().city()).isEqualTo("Tulsa");
            assertThat(view.orders().newestFirst()).extracting(Customer360.OrderLine::orderId)
                    .containsExactly("opal-1-o2", "opal-1-o1");
        } finally {
            copier.start();
        }
        ingest.replayPending();
        assertThat(outbox.allCopied()).isTrue();
        assertThat(operational.read(shop, opal).profile()).get().extracting(p -> p.address().city()).isEqualTo("Tulsa");
        Customer360 copied = views.view(shop, opal);
        assertThat(copied.profile().city()).isEqualTo("Tulsa");
        assertThat(copied.orders().newestFirst()).extracting(Customer360.OrderLine::orderId)
                .containsExactly("opal-1-o2", "opal-1-o1");
        assertThat(copied.live().orders()).isEqualTo(2);
    }

    @Test
    void aCustomerNobodyWroteIsStillNotFound() {
        WorkspaceId shop = WorkspaceId.of("own-" + UUID.randomUUID().toString().substring(0, 8));
        copier.stop();
        try {
            ingest.upsertCustomer(shop, customer("Reno")); // another customer is waiting for the copy
            assertThat(outbox.allCopied()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> views.view(shop, CustomerId.of("nobody-1")))
                    .isInstanceOf(com.scudo.shared.NotFoundException.class);
        } finally {
            copier.start();
        }
        ingest.replayPending();
    }

    private static CustomerCommand customer(String city) {
        return new CustomerCommand("opal-1", "Opal Ennis", "o.ennis@example.org", null, null, city, null, "US", null,
                List.of(), null);
    }

    private static OrderCommand order(String id, String at, String amount) {
        return new OrderCommand(id, "opal-1", at, new BigDecimal(amount), null, null, "web", List.of(), List.of());
    }
}
