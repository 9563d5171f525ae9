package com.scudo.dashboard.web;

import com.scudo.imports.ImportFormat;

import java.util.List;

/** The import formats in a shop owner's words, with the columns each needs (docs/import-format.md). */
record ImportFormatChoice(String label, String name, String columns, String records) {

    static final List<ImportFormatChoice> ALL = List.of(
            new ImportFormatChoice(ImportFormat.SHOPIFY.label(), "Shopify orders export (CSV)",
                    "Name, Email, Created at, Total, Lineitem quantity, Lineitem price", "orders"),
            new ImportFormatChoice(ImportFormat.SCUDO_ORDERS.label(), "Orders, Scudo layout (CSV)",
                    "order_id, customer_id, ordered_at", "orders"),
            new ImportFormatChoice(ImportFormat.SCUDO_CUSTOMERS.label(), "Customers, Scudo layout (CSV)",
                    "customer_id, name", "customers"),
            new ImportFormatChoice(ImportFormat.SCUDO_INTERACTIONS.label(), "E-mail opens, visits and tickets, Scudo layout (CSV)",
                    "interaction_id, customer_id, type, occurred_at", "activities"),
            new ImportFormatChoice(ImportFormat.CDNOW.label(), "CDNOW purchase log (text, one purchase a line)",
                    "customer id, date, number of CDs, dollar value, separated by spaces", "orders"));

    static ImportFormatChoice of(String label) {
        return ALL.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElse(new ImportFormatChoice(label, label, "see the import guide", "records"));
    }
}
