package com.scudo.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** From {@code date} on (until the next dated rate), 1 {@code currency} = {@code rate} of the reporting currency. */
public record ExchangeRate(String currency, LocalDate date, BigDecimal rate) {
}
