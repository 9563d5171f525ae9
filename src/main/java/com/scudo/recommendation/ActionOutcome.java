package com.scudo.recommendation;

import java.math.BigDecimal;

/**
 * What followed the done actions of one type: how many customers ordered again within the window
 * after the action, and the revenue of those orders. {@code stillInWindow} counts actions whose
 * window has not closed yet, so their customers may still order.
 */
public record ActionOutcome(ActionType type, int actionsDone, int actionsFollowedByOrder,
                            int customersOrderedAgain, double conversionRate, BigDecimal revenue,
                            int stillInWindow) {
}
