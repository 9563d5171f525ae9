package com.scudo.analytics.internal;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class RevenueDayZonesTests {

    @Test
    void zoneNamesGoToTheDatabaseAsTheyAreAndFixedOffsetsAsTheirEtcZone() {
        assertThat(WorkspaceScoreReads.sqlZone(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
        assertThat(WorkspaceScoreReads.sqlZone(ZoneId.of("UTC"))).isEqualTo("UTC");
        assertThat(WorkspaceScoreReads.sqlZone(ZoneId.of("Z"))).isEqualTo("UTC");
        assertThat(WorkspaceScoreReads.sqlZone(ZoneId.of("+02:00"))).as("two hours east").isEqualTo("Etc/GMT-2");
        assertThat(WorkspaceScoreReads.sqlZone(ZoneId.of("-05:00"))).isEqualTo("Etc/GMT+5");
        assertThat(ZoneId.of(WorkspaceScoreReads.sqlZone(ZoneId.of("+02:00"))).getRules().getOffset(java.time.Instant.EPOCH))
                .isEqualTo(java.time.ZoneOffset.ofHours(2));
    }
}
