package com.scudo.money;

import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's reporting currency and the dated rates that convert other currencies into it. Every
 * figure Scudo shows (totals, RFM monetary, spend models, CLV, revenue at risk) is in the reporting currency.
 */
public interface Money {

    String reportingCurrency(WorkspaceId workspace);

    /**
     * Changes the reporting currency; refused (409) once the workspace holds orders, whose amounts were
     * converted into the old one.
     */
    void setReportingCurrency(WorkspaceId workspace, String currency);

    /** The rate in force on {@code date}: the newest one dated on or before it. 1 for the reporting currency. */
    Optional<BigDecimal> rate(WorkspaceId workspace, String currency, LocalDate date);

    /** Stores the rates (a rate for the same currency and date is replaced); returns how many. */
    int load(WorkspaceId workspace, List<ExchangeRate> rates);

    List<ExchangeRate> rates(WorkspaceId workspace);

    /** An amount converted to the reporting currency, rounded to cents; empty when no rate is in force. */
    default Optional<BigDecimal> convert(WorkspaceId workspace, BigDecimal amount, String currency, LocalDate date) {
        return rate(workspace, currency, date).map(r -> amount.multiply(r).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }
}
