package com.scudo.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliseTests {

    @Test
    void emailIsTrimmedAndLowerCasedButKeepsDotsAndPlus() {
        assertThat(Normalise.email("  John.Smith+shop@Example.COM ")).isEqualTo("john.smith+shop@example.com");
        assertThat(Normalise.email("not-an-address")).isNull();
        assertThat(Normalise.email("   ")).isNull();
    }

    @Test
    void phoneWrittenNationallyOrInternationallyIsOneE164Number() {
        assertThat(Normalise.phone("020 7946 0958", "GB", "US")).isEqualTo("+442079460958");
        assertThat(Normalise.phone("+44 20 7946 0958", null, "US")).isEqualTo("+442079460958");
        assertThat(Normalise.phone("(212) 555-0142", "United States", "US")).isEqualTo("+12125550142");
        assertThat(Normalise.phone("12", "GB", "US")).isNull();
        assertThat(Normalise.phone("call me", "GB", "US")).isNull();
    }

    @Test
    void nameLosesAccentsPunctuationAndCase() {
        assertThat(Normalise.name("  José  O'Brien-Smith ")).isEqualTo("jose obriensmith");
        assertThat(Normalise.name("Smith, John")).isEqualTo("smith john");
        assertThat(Normalise.name("...")).isNull();
    }

    @Test
    void phoneTailIgnoresCountryCodeAndTrunkPrefix() {
        assertThat(Normalise.phoneTail("+44 20 7946 0958")).isEqualTo(Normalise.phoneTail("020 7946 0958"));
        assertThat(Normalise.phoneTail("555")).isNull();
    }
}
