package com.scudo.analytics.internal;

import java.time.LocalDate;
import java.util.List;

/** One order as the analytics reads it from order_facts. */
record OrderLine(LocalDate day, double amount, boolean discounted, String channel, List<String> categories,
                 boolean seasonal, boolean gift, boolean bulk, boolean returned) {
}
