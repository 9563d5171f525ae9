package com.scudo.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {
    private static final Figures GERMAN_EUROS = new Figures("EUR", Locale.GERMANY, ZoneId.of("Europe/Berlin"));

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void moneyShowsWholeUnitsAndCentsOnlyForSmallAmounts() {
        assertThat(Figures.DEFAULT.money(new BigDecimal("936.00"))).isEqualTo("$936");
        assertThat(Figures.DEFAULT.money(new BigDecimal("8500"))).isEqualTo("$8,500");
        assertThat(Figures.DEFAULT.money(new BigDecimal("4.5"))).isEqualTo("$4.50");
        assertThat(Figures.DEFAULT.money(BigDecimal.ZERO)).isEqualTo("$0");
        assertThat(Figures.DEFAULT.money(null)).isEqualTo("—");
    }

    @Test
    void moneyNumbersAndDatesFollowTheWorkspacesCurrencyLocaleAndZone() {
        assertThat(plain(GERMAN_EUROS.money(new BigDecimal("1234.50")))).isEqualTo("1.235 €");
        assertThat(plain(GERMAN_EUROS.money(new BigDecimal("4.5")))).isEqualTo("4,50 €");
        assertThat(plain(new Figures("JPY", Locale.JAPAN, ZoneId.of("Asia/Tokyo")).money(new BigDecimal("5")))).isEqualTo("￥5");
        assertThat(GERMAN_EUROS.number(12345)).isEqualTo("12.345");
        assertThat(plain(GERMAN_EUROS.percent(new BigDecimal("0.253")))).isEqualTo("25 %");
        assertThat(GERMAN_EUROS.date(LocalDate.of(2026, 12, 6))).isEqualTo("06.12.2026");
        // 23:30 UTC is already the next day in Berlin.
        assertThat(GERMAN_EUROS.dateTime(Instant.parse("2026-12-06T23:30:00Z"))).isEqualTo("07.12.2026, 00:30");
        assertThat(Figures.DEFAULT.date(LocalDate.of(2026, 12, 6))).isEqualTo("Dec 6, 2026");
    }

    @Test
    void aCustomerWithoutANameIsCalledByEmailThenById() {
        assertThat(DisplayName.of("Mike Johnson", "mike@example.com", "cust-002")).isEqualTo("Mike Johnson");
        assertThat(DisplayName.of("  ", "mike@example.com", "cust-002")).isEqualTo("mike@example.com");
        assertThat(DisplayName.of(null, null, "cust-002")).isEqualTo("cust-002");
    }
}
