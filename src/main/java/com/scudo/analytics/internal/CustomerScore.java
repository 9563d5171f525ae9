package com.scudo.analytics.internal;

import com.scudo.analytics.model.CustomerForecast;

import java.time.LocalDate;
import java.util.Map;

/** Everything the run derives for one customer, ready to be written. */
record CustomerScore(CustomerFigures figures, int r, int f, int m, RfmGroup rfmGroup,
                     CustomerForecast forecast, LocalDate nextOrderDate, String lifecycle, Map<String, String> reasons) {

    String rfmCode() {
        return "" + r + f + m;
    }
}
