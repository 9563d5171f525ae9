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
        assertThat(Words.money(EUROS_IN_GERMANY, 4800).replace('\u00a0', ' ')).isEqualTo("4.800 €");
        assertThat(Words.money(EUROS_IN_GERMANY, 45.5).replace('\u00a0', ' ')).isEqualTo("45,50 €");
        assertThat(Words.money(new Figures("JPY", Locale.JAPAN, ZoneId.of("Asia/Tokyo")), 45.5)).doesNotContain("$")
                .contains("46");
    }
}
