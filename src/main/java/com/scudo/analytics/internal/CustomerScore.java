package com.scudo.analytics.internal;

import com.scudo.analytics.model.CustomerForecast;

import java.time.LocalDate;

/** Everything the run derives for one customer, ready to be written; the reasons are written in words when read. */
record CustomerScore(CustomerFigures figures, int r, int f, int m, RfmGroup rfmGroup,
                     CustomerForecast forecast, LocalDate nextOrderDate, String lifecycle, ReasonFacts reasonFacts) {

    String rfmCode() {
        return "" + r + f + m;
    }
}
