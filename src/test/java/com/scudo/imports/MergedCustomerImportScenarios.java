package com.scudo.imports;

import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.Order;
import com.scudo.customer.OrderHistory;
import com.scudo.identity.IdentityResolution;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that still name a customer merged away: the old id or the old e-mail address finds the customer it was
 * merged into, in both stores, and the merged-away customer is not created again.
 */
abstract class MergedCustomerImportScenarios {
    @Autowired
    ImportService imports;
    @Autowired
    IdentityResolution identity;
    @Autowired
    CustomerProfiles profiles;
    @Autowired
    OrderHistory orders;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @Test
    void aMergedAwayCustomersRowsGoToTheCustomerTheyWereMergedInto() throws IOException {
        WorkspaceId workspace = WorkspaceId.of("mrg-" + UUID.randomUUID().toString().substring(0, 8));
        CustomerId survivor = CustomerId.of("s-1");
        CustomerId merged = CustomerId.of("m-1");
        run(workspace, ImportFormat.SCUDO_CUSTOMERS, """
                customer_id,name,email,city,preferred_channel,categories,tags,email_opt_in
                s-1,Sam Survivor,sam@example.com,Leeds,,,,
                m-1,Sam S,old@example.com,Leeds,,,,
                """);
        run(workspace, ImportFormat.SCUDO_ORDERS, """
                order_id,customer_id,ordered_at,amount,currency,channel,flags,sku,item_name,category,quantity,unit_price
                o-1,s-1,2024-01-05T10:00:00Z,20.00,USD,web,,,,,,
                o-2,m-1,2024-02-05T10:00:00Z,30.00,USD,web,,,,,,
                """);
        identity.merge(workspace, survivor, merged);

        // The old customer file again, with a change to the merged-away row, and one new customer.
        ImportJob customers = run(workspace, ImportFormat.SCUDO_CUSTOMERS, """
                customer_id,name,email,city,preferred_channel,categories,tags,email_opt_in
                m-1,Sam Changed,old@example.com,York,,,,
                n-1,Nina New,nina@example.com,Hull,,,,
                """);
        assertThat(customers.counts()).isEqualTo(new ImportCounts(2, 1, 0, 1, 0, 0));
        assertThat(profiles.find(workspace, merged)).isEmpty();
        assertThat(profiles.find(workspace, survivor)).get().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Sam Survivor");
            assertThat(p.address().city()).isEqualTo("Leeds");
        });
        assertThat(profiles.find(workspace, CustomerId.of("n-1"))).isPresent();

        // Orders by the old id, and a Shopify export that keys its customer by the old address.
        run(workspace, ImportFormat.SCUDO_ORDERS, """
                order_id,customer_id,ordered_at,amount,currency,channel,flags,sku,item_name,category,quantity,unit_price
                o-3,m-1,2024-03-05T10:00:00Z,40.00,USD,web,,,,,,
                """);
        ImportJob shopify = run(workspace, ImportFormat.SHOPIFY, """
                Name,Email,Financial Status,Currency,Total,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name,Billing City,Billing Province,Billing Country,Accepts Marketing,Source,Tags
                #2001,Old@Example.com,paid,USD,50.00,0.00,2024-04-15 14:30:00 -0500,1,Mug,50.00,MUG-1,Sam S,York,,GB,yes,web,
                """);
        assertThat(shopify.counts().customersCreated()).isZero();
        assertThat(orders.newestFirst(workspace, survivor, 10)).extracting(o -> o.id().value())
                .containsExactlyInAnyOrder("#2001", "o-3", "o-2", "o-1");
        assertThat(orders.newestFirst(workspace, merged, 10)).isEmpty();
        assertThat(jdbc.queryForList("select distinct customer_id from order_facts where workspace_id = ?",
                String.class, workspace.value())).containsExactly("s-1");
        assertThat(jdbc.queryForList("select customer_id from customer_dim where workspace_id = ? order by customer_id",
                String.class, workspace.value())).containsExactly("n-1", "s-1");
        assertThat(orders.newestFirst(workspace, survivor, 10)).extracting(Order::amount)
                .extracting(java.math.BigDecimal::intValue).containsExactlyInAnyOrder(50, 40, 30, 20);
    }

    private ImportJob run(WorkspaceId workspace, ImportFormat format, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(UUID.randomUUID() + ".csv"), content);
        ImportJob job = imports.importFile(new ImportRequest(workspace, format, file), done -> { });
        assertThat(job.state()).as("%s: %s", format, job.errors()).isEqualTo("completed");
        assertThat(job.errors()).isEmpty();
        return job;
    }
}
