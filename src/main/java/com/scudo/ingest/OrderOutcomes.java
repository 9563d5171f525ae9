package com.scudo.ingest;

import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What became of the orders placed in a period, from the recording path's ledger: kept, refunded in part or in full,
 * cancelled, or held back for an exchange rate. Amounts stay in the currency each order was paid in.
 */
public interface OrderOutcomes {

    /** The orders placed from {@code from} (inclusive) until {@code until} (exclusive); a null bound is open. */
    Outcomes placedBetween(WorkspaceId workspace, Instant from, Instant until);

    /**
     * @param orders         every order acknowledged in the period, held ones included
     * @param refundedInPart kept as purchases, with part of their amount refunded
     * @param refundedInFull refunded in full: no purchase for the models
     * @param byCurrency     per currency paid in, largest first: what the paid orders came to and what was refunded
     */
    record Outcomes(long orders, long refundedInPart, long refundedInFull, long cancelled, long held,
                    List<InCurrency> byCurrency) {
        public Outcomes {
            byCurrency = List.copyOf(byCurrency);
        }

        /** Paid orders: neither cancelled nor held. */
        public long paid() {
            return orders - cancelled - held;
        }
    }

    /** The workspace's orders held back for an exchange rate, however old: none is counted anywhere yet. */
    Held held(WorkspaceId workspace);

    /** @param orders held orders; @param currencies the currencies they were paid in, most orders first */
    record Held(long orders, List<String> currencies) {
        public Held {
            currencies = List.copyOf(currencies);
        }

        /** What a merchant is told: which orders wait, why, and what makes them count. */
        public String sentence(String reportingCurrency) {
            return orders + (orders == 1 ? " order" : " orders") + " in " + String.join(", ", currencies) + (orders == 1
                    ? " is" : " are") + " held back and not counted anywhere: there is no exchange rate into "
                    + reportingCurrency + " on or before " + (orders == 1 ? "its date" : "their dates") + ". Load rates"
                    + " (POST /api/v1/exchange-rates, or a CSV of currency,date,rate) and they are counted.";
        }
    }

    /** @param ordered what the paid orders came to before refunds; @param refunded what was refunded of them */
    record InCurrency(String currency, BigDecimal ordered, BigDecimal refunded) {
    }
}
