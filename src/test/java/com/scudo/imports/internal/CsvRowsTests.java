package com.scudo.imports.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowsTests {

    @Test
    void theSeparatorIsTheOneTheHeaderUsesOutsideQuotes() {
        assertThat(CsvRows.separatorOf("order_id,customer_id,ordered_at")).isEqualTo(',');
        assertThat(CsvRows.separatorOf("Order ID;Customer ID;Ordered at")).isEqualTo(';');
        assertThat(CsvRows.separatorOf("order_id\tcustomer_id\tordered_at")).isEqualTo('\t');
        assertThat(CsvRows.separatorOf("\"a;b;c\",d,e")).as("quoted semicolons do not count").isEqualTo(',');
        assertThat(CsvRows.separatorOf("customer_id")).isEqualTo(',');
        assertThat(CsvRows.separatorOf(null)).isEqualTo(',');
    }

    @Test
    void columnNamesMatchIgnoringCaseSpacesUnderscoresAndHyphens() {
        assertThat(CsvRows.key("Order ID")).isEqualTo(CsvRows.key("order_id"));
        assertThat(CsvRows.key(" Customer-Id ")).isEqualTo(CsvRows.key("customer_id"));
        assertThat(CsvRows.key("Lineitem quantity")).isEqualTo(CsvRows.key("lineitem_quantity"));
        assertThat(CsvRows.key("amount")).isNotEqualTo(CsvRows.key("discount"));
    }

    @Test
    void aDecimalCommaIsReadWhereTheFileUsesIt() {
        assertThat(Values.money("amount", "12,50", true)).isEqualByComparingTo("12.50");
        assertThat(Values.money("amount", "1.234,56", true)).isEqualByComparingTo("1234.56");
        assertThat(Values.money("amount", "-3,5", true)).isEqualByComparingTo("-3.5");
        assertThat(Values.money("amount", "45 €", true)).isEqualByComparingTo("45");
        assertThat(Values.money("amount", "19.99", true)).as("a point with cents is not a thousands mark").isEqualByComparingTo("19.99");
        assertThat(Values.money("amount", "1.030", true)).as("three digits after a point group thousands").isEqualByComparingTo("1030");
        assertThatThrownBy(() -> Values.money("amount", "1.0305", true)).hasMessageContaining("1234,56");
        assertThat(Values.money("amount", "1,234.56", true)).as("both marks: the point is the decimal one")
                .isEqualByComparingTo("1234.56");
        assertThatThrownBy(() -> Values.money("amount", "1,2,3", true)).hasMessageContaining("1234,56");
        assertThat(Values.money("amount", "1,234.56", false)).isEqualByComparingTo("1234.56");
        assertThat(Values.money("amount", "$5", false)).isEqualByComparingTo("5");
        assertThatThrownBy(() -> Values.money("amount", "12,50", false)).hasMessageContaining("1234.56");
    }
}
