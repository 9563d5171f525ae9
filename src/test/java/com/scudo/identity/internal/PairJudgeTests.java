package com.scudo.identity.internal;

import com.scudo.identity.Evidence;
import com.scudo.identity.MatchRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PairJudgeTests {

    private static Prepared customer(String id, String name, String email, String phone, String city) {
        return Prepared.of(new MatchRecord(id, name, email, phone, city, "GB", List.of()), "GB");
    }

    @Test
    void sameEmailInAnotherCaseIsAnAutomaticMatch() {
        Optional<Evidence> e = PairJudge.judge(customer("a", "John Smith", "john@example.com", null, null),
                customer("b", "JOHN SMITH", " John@Example.com ", null, null));
        assertThat(e).get().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(MatchRule.EMAIL);
            assertThat(x.automatic()).isTrue();
        });
    }

    @Test
    void sharedEmailWithDifferentNamesIsOnlySuggested() {
        Optional<Evidence> e = PairJudge.judge(customer("a", "John Smith", "family@example.com", null, null),
                customer("b", "Paula Okafor", "family@example.com", null, null));
        assertThat(e).get().satisfies(x -> assertThat(x.automatic()).isFalse());
    }

    @Test
    void samePhoneInTwoFormatsWithTheSameNameMatches() {
        Optional<Evidence> e = PairJudge.judge(customer("a", "John Smith", null, "020 7946 0958", null),
                customer("b", "Smith, John", null, "+44 20 7946 0958", null));
        assertThat(e).get().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(MatchRule.PHONE);
            assertThat(x.automatic()).isTrue();
        });
    }

    @Test
    void householdSharingAPhoneIsNoMatch() {
        assertThat(PairJudge.judge(customer("a", "John Smith", null, "020 7946 0958", "London"),
                customer("b", "Mary Smith", null, "020 7946 0958", "London"))).isEmpty();
    }

    @Test
    void typoInTheNameWithTheSameCityIsSuggested() {
        Optional<Evidence> e = PairJudge.judge(customer("a", "John Smith", "a@example.com", null, "London"),
                customer("b", "Jonh Smith", "b@example.com", null, "london"));
        assertThat(e).get().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(MatchRule.NAME_ADDRESS);
            assertThat(x.automatic()).isFalse();
            assertThat(x.description()).doesNotContain("Smith", "London");
        });
    }

    @Test
    void anotherFirstNameWithTheSameSurnameAndCityIsNoMatch() {
        assertThat(PairJudge.judge(customer("a", "John Smith", "a@example.com", null, "London"),
                customer("b", "Joan Smith", "b@example.com", null, "London"))).isEmpty();
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(PairJudge.nameSimilarity("john smith", "smith john")).isEqualTo(1.0);
        assertThat(PairJudge.nameSimilarity("john smith", "mary smith")).isLessThan(PairJudge.NAMES_AGREE);
    }
}
