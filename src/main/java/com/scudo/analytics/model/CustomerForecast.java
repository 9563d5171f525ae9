package com.scudo.analytics.model;

/**
 * Per-customer figures. Purchase figures come from MBG/NBD, spend from Gamma-Gamma.
 *
 * @param pAlive                probability the customer is still active (MBG/NBD)
 * @param churn                 1 - pAlive
 * @param churnLow              lower end of the 90% range of churn from the parameter uncertainty
 * @param churnHigh             upper end of that range
 * @param expectedOrders        expected orders in the forecast horizon
 * @param expectedSpendPerOrder expected value of the customer's future orders (Gamma-Gamma)
 * @param clv                   discounted expected orders over the CLV horizon times expected spend
 * @param weeksToNextOrder      median weeks from the as-of date to the next order, if the customer is active
 */
public record CustomerForecast(double pAlive, double churn, double churnLow, double churnHigh, double expectedOrders,
                               double expectedSpendPerOrder, double clv, double weeksToNextOrder) {
}
