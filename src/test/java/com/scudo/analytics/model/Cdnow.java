package com.scudo.analytics.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The CDNOW calibration summaries under src/test/resources/cdnow, read as purchase summaries. */
final class Cdnow {

    record HoldoutCustomer(PurchaseSummary calibration, int holdoutPurchases) {
    }

    private Cdnow() {
    }

    /** ID,frequency,recency,T (zbar, when present, is the mean repeat value). */
    static List<PurchaseSummary> summary() {
        return read("cdnow_customers_summary.csv", false);
    }

    static List<PurchaseSummary> summaryWithSpend() {
        return read("cdnow_customers_summary_with_transactions.csv", true);
    }

    static List<HoldoutCustomer> exactWeeksWithHoldout() {
        List<HoldoutCustomer> customers = new ArrayList<>();
        for (String[] f : rows("derived_cdnow_cbs_exact_weeks.csv")) {
            customers.add(new HoldoutCustomer(
                    new PurchaseSummary(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), 0),
                    Integer.parseInt(f[4])));
        }
        return customers;
    }

    private static List<PurchaseSummary> read(String file, boolean withSpend) {
        List<PurchaseSummary> customers = new ArrayList<>();
        for (String[] f : rows(file)) {
            customers.add(new PurchaseSummary(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    withSpend ? Double.parseDouble(f[4]) : 0));
        }
        return customers;
    }

    private static List<String[]> rows(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Cdnow.class.getResourceAsStream("/cdnow/" + file), file), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.trim().split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
