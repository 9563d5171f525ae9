package com.scudo.analytics.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatchTests {

    @Test
    void namesFitTolerantly() {
        assertThat(NameMatch.score("david kim", "David Kim")).isEqualTo(1.0);
        assertThat(NameMatch.score("kim", "David Kim")).isEqualTo(1.0);
        assertThat(NameMatch.score("dvid kim", "David Kim")).isGreaterThan(CustomerLookups.MIN_SCORE);
        assertThat(NameMatch.score("avid ki", "David Kim")).isGreaterThan(CustomerLookups.MIN_SCORE);
        assertThat(NameMatch.score("sarah chen", "David Kim")).isLessThan(CustomerLookups.MIN_SCORE);
        assertThat(NameMatch.score("david", "Daniel Lee")).isLessThan(CustomerLookups.MIN_SCORE);
    }
}
