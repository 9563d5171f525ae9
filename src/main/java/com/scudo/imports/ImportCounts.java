package com.scudo.imports;

/**
 * What an import did. {@code rows} are the data rows read; {@code created}, {@code updated} and
 * {@code unchanged} count records (a Shopify order of three line items is one record);
 * {@code rejected} counts rows refused, each reported with its line; {@code customersCreated} counts
 * customers an order file brought in.
 */
public record ImportCounts(long rows, long created, long updated, long unchanged, long rejected, long customersCreated) {
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts o) {
        return new ImportCounts(rows + o.rows, created + o.created, updated + o.updated, unchanged + o.unchanged,
                rejected + o.rejected, customersCreated + o.customersCreated);
    }
}
