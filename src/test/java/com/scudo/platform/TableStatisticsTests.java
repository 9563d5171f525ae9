package com.scudo.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableStatisticsTests {
    @Test
    void samplesATableNeverSampled() {
        assertThat(TableStatistics.changed(-1, 0)).isTrue();
    }

    @Test
    void samplesATableSampledEmptyThatABulkWriteFilled() {
        assertThat(TableStatistics.changed(0, 100_000)).isTrue();
    }

    @Test
    void leavesATableOfAboutItsSampledSize() {
        assertThat(TableStatistics.changed(100_000, 110_000)).isFalse();
        assertThat(TableStatistics.changed(100_000, 90_000)).isFalse();
    }

    @Test
    void samplesATableThatGrewOrShrankByMoreThanAFifth() {
        assertThat(TableStatistics.changed(100_000, 121_000)).isTrue();
        assertThat(TableStatistics.changed(100_000, 79_000)).isTrue();
    }

    @Test
    void leavesSmallTablesThatMovedByFewRows() {
        assertThat(TableStatistics.changed(10, 900)).isFalse();
        assertThat(TableStatistics.changed(10, 1_100)).isTrue();
    }
}
