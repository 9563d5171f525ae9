package com.scudo.identity.internal;

import com.scudo.identity.MatchRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateFinderTests {

    @Test
    void findsPairsSharingAKeyAndComparesNoOthers() {
        List<MatchRecord> records = List.of(
                new MatchRecord("c1", "John Smith", "john@example.com", null, "London", "GB", List.of()),
                new MatchRecord("c2", "Ada Lovelace", "ada@example.com", null, "Leeds", "GB", List.of()),
                new MatchRecord("c3", "John Smith", " JOHN@example.com", null, null, null, List.of()),
                new MatchRecord("c4", "Grace Hopper", "grace@example.com", null, "Paris", "FR", List.of()));
        CandidateFinder.Result result = new CandidateFinder("GB", 100).find(records);
        assertThat(result.matches()).singleElement().satisfies(m -> {
            assertThat(m.a()).isEqualTo("c1");
            assertThat(m.b()).isEqualTo("c3");
            assertThat(m.evidence().rule()).isEqualTo(MatchRule.EMAIL);
        });
        assertThat(result.pairsCompared()).isEqualTo(1); // c2 and c4 share no key with anybody
    }

    @Test
    void oversizedBlockIsSkippedAndCounted() {
        List<MatchRecord> records = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            records.add(new MatchRecord("c" + i, "Person " + i, "none@example.com", null, null, null, List.of()));
        }
        CandidateFinder.Result result = new CandidateFinder("GB", 10).find(records);
        assertThat(result.blocksSkipped()).isGreaterThanOrEqualTo(1);
        assertThat(result.matches()).isEmpty();
    }

    @Test
    void sharedExternalIdMatches() {
        List<MatchRecord> records = List.of(
                new MatchRecord("a", "Kim Lee", "kim@example.com", null, null, null, List.of("shopify:42")),
                new MatchRecord("b", "K. Lee", "kl@example.net", null, null, null, List.of("shopify:42")));
        assertThat(new CandidateFinder("GB", 100).find(records).matches()).singleElement()
                .satisfies(m -> assertThat(m.evidence().rule()).isEqualTo(MatchRule.EXTERNAL_ID));
    }
}
