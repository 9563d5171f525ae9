package com.scudo.segment.filter;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FilterPredicateTests {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static boolean matches(String filter, Map<String, Object> values) {
        return Filters.toPredicate(Filters.parse(filter), AS_OF).test(FieldValues.of(values));
    }

    private static Map<String, Object> customer() {
        Map<String, Object> m = new HashMap<>();
        m.put("churn", new BigDecimal("0.30"));
        m.put("clv", 1500.0);
        m.put("orders", 4);
        m.put("lifecycle", "vip");
        m.put("name", "Zoë O'Brien");
        m.put("segments", "|VIP_HIGH_VALUE|AT_RISK|");
        m.put("categories", Set.of("home", "50%_off"));
        m.put("last_order", LocalDate.of(2025, 1, 1));
        m.put("company", null);
        return m;
    }

    @Test
    void evaluatesComparisonsOnTypedValues() {
        assertThat(matches("churn >= 25% and clv > 1000 and orders between 2 and 4", customer())).isTrue();
        assertThat(matches("lifecycle = \"VIP\" and name ~ \"o'b\" and name starts with \"ZOË\"", customer())).isTrue();
        assertThat(matches("segment = \"at_risk\" and \"home\" in categories", customer())).isTrue();
        assertThat(matches("categories contains all (\"home\", \"toys\")", customer())).isFalse();
        assertThat(matches("last_order < 90 days ago", customer())).isTrue();
        assertThat(matches("last_order < 365 days ago", customer())).isFalse();
    }

    @Test
    void missingValueMakesComparisonAndItsNegationUnknownLikeSql() {
        Map<String, Object> c = customer();
        assertThat(matches("company = \"Acme\"", c)).isFalse();
        assertThat(matches("not company = \"Acme\"", c)).isFalse();
        assertThat(matches("company != \"Acme\"", c)).isFalse();
        assertThat(matches("company is null", c)).isTrue();
        assertThat(matches("not (company = \"Acme\" and churn > 0.9)", c)).isTrue(); // unknown and false = false
        assertThat(matches("not (company = \"Acme\" or churn > 0.9)", c)).isFalse(); // unknown or false = unknown
        assertThat(matches("company = \"Acme\" or churn > 0.1", c)).isTrue();
        assertThat(matches("not not company = \"Acme\"", c)).isFalse();
        assertThat(matches("tags contains \"x\" or not tags contains \"x\"", c)).isFalse();
    }

    @Test
    void acceptsCommonJavaRepresentations() {
        Map<String, Object> c = new HashMap<>();
        c.put("orders", 3L);
        c.put("created", java.sql.Date.valueOf("2024-05-01"));
        c.put("tags", List.of("b2b"));
        assertThat(matches("orders = 3 and created = 2024-05-01 and tags contains \"B2B\"", c)).isTrue();
    }
}
