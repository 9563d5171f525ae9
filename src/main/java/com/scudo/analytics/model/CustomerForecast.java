package com.scudo.analytics.model;

/**
 * Per-customer figures. Purchase figures come from the driving purchase model, spend from Gamma-Gamma.
 *
 * @param pAlive                probability the customer is still active
 * @param churn                 probability of no order in the churn horizon (a year by default):
 *                              1 - pAlive + pAlive · P(no order in the horizon | active)
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
