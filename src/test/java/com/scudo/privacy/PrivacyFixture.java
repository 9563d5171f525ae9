package com.scudo.privacy;

import com.scudo.imports.ImportFormat;
import com.scudo.imports.ImportRequest;
import com.scudo.imports.ImportService;
import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.IngestService;
import com.scudo.ingest.InteractionCommand;
import com.scudo.ingest.OrderCommand;
import com.scudo.shared.WorkspaceId;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A customer whose id, e-mail and name occur nowhere else, held in every place the product keeps data:
 * profile, orders with items, interactions and counters in DynamoDB, their copies in SQL, and a rejected
 * import row (with its error file) that names them. Scores, segments and recommendations follow an analytics run.
 */
record PrivacyFixture(String id, String email, String name, Path errorsFile) {

    static PrivacyFixture create(WorkspaceId workspace, IngestService ingest, ImportService imports, Path folder)
            throws IOException {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "abcdef";
        String suffix = letters.substring(0, 6);
        String id = "zq-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Zelda Quist" + suffix.substring(0, 1).toUpperCase(Locale.ROOT) + suffix.substring(1);
        String email = "zelda." + suffix + "@quist-example.org";
        ingest.upsertCustomer(workspace, new CustomerCommand(id, name, email, "+1 555 0199", "Quist Studio",
                "Portland", "OR", "US", new CustomerCommand.Preferences("web", List.of("home"), true, false),
                List.of("privacy-test"), "2023-01-10T09:00:00Z"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // A steady monthly buyer who stopped four months ago: scored at risk, so a win-back is recommended.
        for (int i = 0; i < 8; i++) {
            LocalDate day = today.minusDays(120 + 30L * i);
            ingest.recordOrder(workspace, new OrderCommand(id + "-o" + i, id, day.toString(), new BigDecimal("180.00"),
                    "USD", BigDecimal.ZERO, "web",
                    List.of(new OrderCommand.Item("SKU-" + i, "Linen throw", "home", 2, new BigDecimal("90.00"))), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            ingest.recordInteraction(workspace, new InteractionCommand(id + "-i" + i, id, "email_open", "email",
                    today.minusDays(100 + i).toString(), "spring newsletter"));
        }
        ingest.refund(workspace, id + "-o0", new com.scudo.ingest.RefundCommand("refund-" + id, new BigDecimal("20.00"),
                null, "a damaged throw"));
        ingest.replayPending(); // the operational copy follows the acknowledgement: let it land before looking
        Path file = folder.resolve(id + "-customers.csv");
        Files.writeString(file, "customer_id,name,email\n" + id + "," + name + ",not-an-address\n");
        // The source name names them (it is scrubbed); the error file's path is left as the import chose it.
        Path errors = folder.resolve("import-" + UUID.randomUUID() + ".errors.csv");
        imports.importFile(new ImportRequest(workspace, ImportFormat.SCUDO_CUSTOMERS, file, null, null, errors), done -> { });
        return new PrivacyFixture(id, email, name, errors);
    }

    List<String> needles() {
        return List.of(id, email, name);
    }
}
