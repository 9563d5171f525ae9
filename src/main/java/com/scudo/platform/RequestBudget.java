package com.scudo.platform;

/**
 * The request budget (rate limit) of the current request's caller, kept by the security layer. Every request is
 * counted as one when it arrives; a request that does the work of several (a batch of orders) is weighed here before
 * any of that work is done, so batching does not multiply what a caller may do.
 */
public interface RequestBudget {

    /**
     * Counts the current request as {@code weight} requests in all: takes the {@code weight - 1} not yet taken, all
     * or none. Nothing happens outside an authenticated request (the command line in-process, a stranger), nor when
     * the limits are off.
     *
     * @throws RequestBudgetSpentException when what is left of the budget is less than that; nothing was taken
     */
    void weigh(long weight);
}
