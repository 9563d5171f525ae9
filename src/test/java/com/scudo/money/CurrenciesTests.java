package com.scudo.money;

import com.scudo.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrenciesTests {

    @Test
    void isoCodesAreNormalisedToUpperCase() {
        assertThat(Currencies.normalise("currency", " eur ")).isEqualTo("EUR");
        assertThat(Currencies.normalise("currency", "JPY")).isEqualTo("JPY");
    }

    @Test
    void unknownTestAndNoCurrencyCodesAreRefused() {
        for (String code : new String[]{"XXZ", "XXX", "XTS", "dollars", "", "US"}) {
            assertThatThrownBy(() -> Currencies.normalise("currency", code))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("ISO 4217");
        }
    }

    @Test
    void rateCsvNamesEveryBadLineAndLoadsNothingThen() {
        assertThatThrownBy(() -> RateCsv.read(new StringReader("currency,date,rate\nEUR,2026-01-01,1.08\nGBP,yesterday,1.2\nJPY,2026-01-01,x\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("line 3", "line 4"));
    }

    @Test
    void rateCsvReadsDatedRates() throws Exception {
        assertThat(RateCsv.read(new StringReader("Currency,Date,Rate\neur,2026-01-01,1.08\n")))
                .singleElement().satisfies(r -> {
                    assertThat(r.currency()).isEqualTo("eur");
                    assertThat(r.date()).hasToString("2026-01-01");
                    assertThat(r.rate()).isEqualByComparingTo("1.08");
                });
    }
}
