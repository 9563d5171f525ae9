package com.scudo.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DelimitedSetTests {

    @Test
    void aStoredSetReadsAsItsValuesInOrderWithoutBlanksOrRepeats() {
        assertThat(DelimitedSet.values("|home|garden|home|")).containsExactly("home", "garden");
        assertThat(DelimitedSet.values("|a||b|")).containsExactly("a", "b");
        assertThat(DelimitedSet.values(null)).isEmpty();
        assertThat(DelimitedSet.values(" ")).isEmpty();
        assertThat(DelimitedSet.values("|")).isEmpty();
    }
}
