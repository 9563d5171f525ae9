package com.scudo.assistant.internal;

import com.scudo.shared.Figures;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on a sum of money ("spent more than 1.000 €", "CLV between $1k and $2.5k"), compared in the workspace's
 * reporting currency. A sum in another currency is converted at the workspace's rate and the answer says so; without a
 * rate the question is refused with the reason, never compared as if the currencies were the same.
 */
final class MoneyField {
    private MoneyField() {
    }

    static void read(String text, Pattern pattern, String field, String verb, Figures figures, Amounts.Rates rates,
                     List<AttributeFilters.Found> found, List<String> notes, List<String> refusals) {
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            Comparisons.Comparison c = Comparisons.read(m, false);
            if (c == null) {
                continue;
            }
            Amounts.Amount low = c.low() == null ? null : Amounts.money(c.low(), figures.currency());
            Amounts.Amount high = c.high() == null ? null : Amounts.money(c.high(), figures.currency());
            // "between 200 and 500 €": the currency named once is both bounds'
            String named = low != null && low.currency() != null ? low.currency() : high != null ? high.currency() : null;
            if (named != null && !named.equals(figures.currency())) {
                BigDecimal lowIn = low == null ? null : rates.toReporting(low.value(), named).orElse(null);
                BigDecimal highIn = high == null ? null : rates.toReporting(high.value(), named).orElse(null);
                if ((low != null && lowIn == null) || (high != null && highIn == null)) {
                    refusals.add("Your figures are in " + name(figures.currency()) + ", and there is no exchange rate for "
                            + name(named) + " to convert \"" + m.group().strip() + "\" with, so I did not compare it: ask in "
                            + name(figures.currency()) + " (for example \"customers who spent more than "
                            + figures.money(BigDecimal.valueOf(1000)) + "\"), or load " + named + " exchange rates.");
                    continue;
                }
                notes.add("You wrote " + written(low, high, named) + "; at the exchange rate in force that is "
                        + written(lowIn, highIn, figures) + " in " + name(figures.currency()) + ", the reporting currency,"
                        + " which I compared with.");
                low = lowIn == null ? null : new Amounts.Amount(lowIn, figures.currency());
                high = highIn == null ? null : new Amounts.Amount(highIn, figures.currency());
            }
            Comparisons.Comparison inReporting = new Comparisons.Comparison(c.lowOp(),
                    low == null ? null : AttributeFilters.plain(low.value()), c.highOp(),
                    high == null ? null : AttributeFilters.plain(high.value())).ordered(BigDecimal::new);
            found.add(new AttributeFilters.Found(m.start(), m.end(), new AttributeFilters.Part(
                    AttributeFilters.filter(field, inReporting, v -> v),
                    verb + " " + AttributeFilters.words(inReporting, v -> figures.money(new BigDecimal(v))))));
        }
    }

    private static String written(Amounts.Amount low, Amounts.Amount high, String currency) {
        Figures in = new Figures(currency, Locale.US, java.time.ZoneOffset.UTC);
        return written(low == null ? null : low.value(), high == null ? null : high.value(), in);
    }

    private static String written(BigDecimal low, BigDecimal high, Figures figures) {
        if (low != null && high != null) {
            return figures.money(low) + " and " + figures.money(high);
        }
        return figures.money(low != null ? low : high);
    }

    static String name(String code) {
        try {
            return Currency.getInstance(code).getDisplayName(Locale.ENGLISH) + " (" + code + ")";
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
