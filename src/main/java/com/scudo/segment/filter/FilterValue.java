package com.scudo.segment.filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A literal value in a filter expression. */
public sealed interface FilterValue {

    /** A string literal. */
    record Text(String value) implements FilterValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number; percentages are already converted ({@code 25%} on churn is 0.25). Stored without trailing zeros. */
    record Number(BigDecimal value) implements FilterValue {
        public Number {
            Objects.requireNonNull(value, "value");
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        public static Number of(String decimal) {
            return new Number(new BigDecimal(decimal));
        }
    }

    /** A calendar date. */
    record Date(LocalDate value) implements FilterValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A date relative to the evaluation day, e.g. {@code 90 days ago}. */
    record RelativeDate(int amount, Unit unit) implements FilterValue {
        public RelativeDate {
            Objects.requireNonNull(unit, "unit");
            if (amount < 0 || amount > 100_000) {
                throw FilterException.invalid("Relative date amount must be between 0 and 100000");
            }
        }

        public LocalDate resolve(LocalDate asOf) {
            return switch (unit) {
                case DAYS -> asOf.minusDays(amount);
                case WEEKS -> asOf.minusWeeks(amount);
                case MONTHS -> asOf.minusMonths(amount);
                case YEARS -> asOf.minusYears(amount);
            };
        }

        public enum Unit { DAYS, WEEKS, MONTHS, YEARS }
    }
}
