package com.scudo.analytics.internal;

import com.scudo.shared.Figures;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {
    private static final Figures EUROS_IN_GERMANY = new Figures("EUR", Locale.GERMANY, ZoneId.of("Europe/Berlin"));

    @Test
    void amountsInReasonsAreInTheShopsCurrencyWithCentsOnlyForSmallAmounts() {
        assertThat(Words.money(Figures.DEFAULT, 4800)).isEqualTo("$4,800");
        assertThat(Words.money(Figures.DEFAULT, 1234.56)).isEqualTo("$1,235");
        assertThat(Words.money(Figures.DEFAULT, 45.5)).isEqualTo("$45.50");
        // Half a dollar rounds up, as the pages write the same amount (Figures).
        assertThat(Words.money(Figures.DEFAULT, 1250.5)).isEqualTo("$1,251")
                .isEqualTo(Figures.DEFAULT.money(new java.math.BigDecimal("1250.5")));
        assertThat(Words.money(EUROS_IN_GERMANY, 4800).replace('\u00a0', ' ')).isEqualTo("4.800 €");
        assertThat(Words.money(EUROS_IN_GERMANY, 45.5).replace('\u00a0', ' ')).isEqualTo("45,50 €");
        assertThat(Words.money(new Figures("JPY", Locale.JAPAN, ZoneId.of("Asia/Tokyo")), 45.5)).doesNotContain("$")
                .contains("46");
    }

    /** The quick paths write what a Formatter and a freshly built currency format write. */
    @Test
    void numbersAreWrittenAsFormatAndAFreshCurrencyFormatWriteThem() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextDouble() * 20 - 5;
                case 2 -> Math.round(random.nextDouble() * 2000) / 8.0;
                default -> random.nextDouble() * 100_000;
            };
            assertThat(Words.percent(value)).isEqualTo(String.format(Locale.US, "%.0f%%", value * 100));
            assertThat(Words.decimal(value)).isEqualTo(String.format(Locale.US, value >= 10 ? "%.0f" : "%.1f", value));
            assertThat(Words.count((long) (value * 1000), "order"))
                    .isEqualTo(String.format(Locale.US, "%,d", (long) (value * 1000)) + ((long) (value * 1000) == 1 ? " order" : " orders"));
            for (Figures figures : new Figures[] {Figures.DEFAULT, EUROS_IN_GERMANY}) {
                assertThat(Words.money(figures, value)).isEqualTo(freshMoney(figures, value));
            }
        }
    }

    private static String freshMoney(Figures figures, double amount) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(figures.locale());
        java.util.Currency currency = java.util.Currency.getInstance(figures.currency());
        format.setCurrency(currency);
        int digits = amount >= 100 || amount == Math.rint(amount) ? 0 : Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(amount);
    }
}
