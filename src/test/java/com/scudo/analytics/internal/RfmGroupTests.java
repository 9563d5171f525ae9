package com.scudo.analytics.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFM words never contradict the scores, and no RFM group borrows the lifecycle's "at risk". */
class RfmGroupTests {

    @Test
    void aRegularWithTopFrequencyAndSpendIsNotCalledMiddling() {
        RfmGroup group = RfmGroup.of(3, 5, 5);
        assertThat(group).isEqualTo(RfmGroup.REGULAR);
        assertThat(group.explanation(3, 5, 5)).isEqualTo("A regular customer: middling recency, high frequency and high spend");
        assertThat(RfmGroup.of(2, 1, 2).explanation(2, 1, 2)).endsWith("low recency, low frequency and low spend");
    }

    @Test
    void noGroupIsNamedAtRisk() {
        for (RfmGroup group : RfmGroup.values()) {
            assertThat(group.label().toLowerCase()).doesNotContain("risk");
        }
        assertThat(RfmGroup.of(2, 5, 5).label()).isEqualTo("Slipping");
    }

    @Test
    void theFilterLanguageOffersExactlyTheseGroups() {
        assertThat(com.scudo.segment.filter.FilterField.RFM_GROUP.allowedValues())
                .containsExactly(java.util.Arrays.stream(RfmGroup.values()).map(RfmGroup::label).toArray(String[]::new));
    }
}
