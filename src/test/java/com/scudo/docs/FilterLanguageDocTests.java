package com.scudo.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/filter-language.md lists exactly the fields the filter language accepts. After changing a field, run this test
 * with {@code -Dscudo.docs.write=true} to write the table, and commit the page.
 */
class FilterLanguageDocTests {
    private static final Path PAGE = Path.of("docs/filter-language.md");

    @Test
    void theFieldTableIsTheOneTheCodeWrites() throws IOException {
        String page = Files.readString(PAGE);
        int start = page.indexOf(FilterFieldTable.START);
        int end = page.indexOf(FilterFieldTable.END);
        assertThat(start).as("docs/filter-language.md marks its field table").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String written = page.substring(start + FilterFieldTable.START.length(), end).strip() + "\n";
        String generated = FilterFieldTable.markdown();
        if (Boolean.getBoolean("scudo.docs.write") && !written.equals(generated)) {
            Files.writeString(PAGE, page.substring(0, start + FilterFieldTable.START.length()) + "\n" + generated
                    + page.substring(end));
            return;
        }
        assertThat(written).as("the field table of docs/filter-language.md (regenerate with -Dscudo.docs.write=true)")
                .isEqualTo(generated);
    }
}
