package com.scudo.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A chunk of histories folded into what a run keeps of each customer: the figures, the distinct purchase days (for the
 * holdout check; empty when not asked for) and the behaviour. Folded on a thread beside the one decoding the rows
 * (a third of reading).
 */
record FoldedChunk(List<CustomerFigures> figures, List<int[]> purchaseDays, List<Behaviour> behaviours) {

    /** {@code withPurchaseDays}: only a run that checks the models on the holdout needs them (a re-score does not). */
    static FoldedChunk of(List<CustomerHistory> histories, LocalDate asOf, boolean withPurchaseDays) {
        List<CustomerFigures> figures = new ArrayList<>(histories.size());
        List<int[]> days = new ArrayList<>(histories.size());
        List<Behaviour> behaviours = new ArrayList<>(histories.size());
        for (CustomerHistory history : histories) {
            figures.add(CustomerFigures.of(history, asOf));
            if (withPurchaseDays) {
                days.add(purchaseDays(history.orders()));
            }
            behaviours.add(Behaviour.of(history));
        }
        return new FoldedChunk(figures, days, behaviours);
    }

    /** The distinct days (epoch days, ascending) of a history's orders; the reader gives them oldest first. */
    static int[] purchaseDays(List<OrderLine> orders) {
        int[] days = new int[orders.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = (int) orders.get(i).day().toEpochDay();
        }
        Arrays.sort(days); // a no-op pass over days already in order
        int distinct = 0;
        for (int i = 0; i < days.length; i++) {
            if (distinct == 0 || days[i] != days[distinct - 1]) {
                days[distinct++] = days[i];
            }
        }
        return distinct == days.length ? days : Arrays.copyOf(days, distinct);
    }
}
