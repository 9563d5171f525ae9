package com.scudo.ingest.internal;

import com.scudo.customer.Order;
import com.scudo.ingest.internal.LedgerTables.Ledger;
import com.scudo.money.ExchangeRatesLoaded;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;


/** Orders held back for want of an exchange rate are recorded again once rates in their currency arrive. */
@Component
class HeldOrders {
    private static final Logger log = LoggerFactory.getLogger(HeldOrders.class);
    private static final int BATCH = 500;

    private final DSLContext sql;
    private final Recording recording;

    HeldOrders(DSLContext sql, Recording recording) {
        this.sql = sql;
        this.recording = recording;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRatesLoaded(ExchangeRatesLoaded event) {
        int released = 0;
        String after = "";
        while (true) {
            var page = sql.select(Ledger.ORDER_ID, Ledger.PAYLOAD).from(Ledger.TABLE)
                    .where(Ledger.WORKSPACE_ID.eq(event.workspace().value())).and(Ledger.STATE.eq("held"))
                    .and(Ledger.CURRENCY.in(event.currencies())).and(Ledger.ORDER_ID.gt(after))
                    .orderBy(Ledger.WORKSPACE_ID, Ledger.ORDER_ID).limit(BATCH).fetch(); // the key's order: no sort
            for (var row : page) {
                Order order = RecordJson.order(row.value2());
                Recording.Answer answer = recording.inTransaction(() -> recording.rerecord(event.workspace(), order, "created"));
                if (!"held".equals(answer.status())) {
                    released++; // still without a rate for its date: stays held, skipped by the key
                }
                after = row.value1();
            }
            if (page.size() < BATCH) {
                break;
            }
        }
        if (released > 0) {
            log.info("Released {} held orders of {} now that rates for {} are loaded", released, event.workspace().value(),
                    event.currencies());
        }
    }
}
