package com.scudo.imports.internal;

import com.scudo.shared.CustomerId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's memory of seen customers stops growing at its bound; ids past it are simply not remembered. */
class SeenIdsTests {
    @Test
    void remembersUpToTheBoundAndNoMore() {
        SeenIds seen = new SeenIds();
        for (int i = 0; i < SeenIds.MAX + 10; i++) {
            seen.add(CustomerId.of("c-" + i));
        }
        assertThat(seen.contains(CustomerId.of("c-0"))).isTrue();
        assertThat(seen.contains(CustomerId.of("c-" + (SeenIds.MAX - 1)))).isTrue();
        assertThat(seen.contains(CustomerId.of("c-" + SeenIds.MAX))).isFalse();
        assertThat(seen.contains(CustomerId.of("c-never"))).isFalse();
    }
}
