package com.scudo.segment.filter;

import com.scudo.segment.filter.FilterExpression.And;
import com.scudo.segment.filter.FilterExpression.Between;
import com.scudo.segment.filter.FilterExpression.Comparison;
import com.scudo.segment.filter.FilterExpression.InList;
import com.scudo.segment.filter.FilterExpression.IsNull;
import com.scudo.segment.filter.FilterExpression.MatchKind;
import com.scudo.segment.filter.FilterExpression.Not;
import com.scudo.segment.filter.FilterExpression.Operator;
import com.scudo.segment.filter.FilterExpression.Or;
import com.scudo.segment.filter.FilterExpression.Quantifier;
import com.scudo.segment.filter.FilterExpression.SetContains;
import com.scudo.segment.filter.FilterExpression.TextMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FilterParserTests {

    private static FilterValue num(String s) {
        return FilterValue.Number.of(s);
    }

    private static FilterException error(String text) {
        FilterException e = catchThrowableOfType(() -> Filters.parse(text), FilterException.class);
        assertThat(e).as("expected an error for %s", text).isNotNull();
        return e;
    }

    @Test
    void parsesComparisonWithEachOperator() {
        assertThat(Filters.parse("clv > 1000")).isEqualTo(new Comparison(FilterField.CLV, Operator.GT, num("1000")));
        assertThat(Filters.parse("orders >= 2")).isEqualTo(new Comparison(FilterField.ORDERS, Operator.GE, num("2")));
        assertThat(Filters.parse("orders<2")).isEqualTo(new Comparison(FilterField.ORDERS, Operator.LT, num("2")));
        assertThat(Filters.parse("aov <= 10.50")).isEqualTo(new Comparison(FilterField.AOV, Operator.LE, num("10.5")));
        assertThat(Filters.parse("aov == 3")).isEqualTo(new Comparison(FilterField.AOV, Operator.EQ, num("3")));
        assertThat(Filters.parse("aov <> 3")).isEqualTo(new Comparison(FilterField.AOV, Operator.NE, num("3")));
        assertThat(Filters.parse("aov != -3")).isEqualTo(new Comparison(FilterField.AOV, Operator.NE, num("-3")));
    }

    @Test
    void readsPercentagesAsSharesForFractionFields() {
        assertThat(Filters.parse("churn >= 25%")).isEqualTo(new Comparison(FilterField.CHURN, Operator.GE, num("0.25")));
        assertThat(Filters.parse("engagement >= 70%"))
                .isEqualTo(new Comparison(FilterField.ENGAGEMENT, Operator.GE, num("70")));
        FilterException e = error("clv > 10%");
        assertThat(e.position()).isEqualTo(6);
        assertThat(e.getMessage()).startsWith("A percentage cannot be used with 'clv' at position 6");
    }

    @Test
    void parsesBooleanOperatorsWithPrecedenceAndSymbols() {
        FilterExpression a = new Comparison(FilterField.CLV, Operator.GT, num("1"));
        FilterExpression b = new Comparison(FilterField.AOV, Operator.GT, num("2"));
        FilterExpression c = new Comparison(FilterField.ORDERS, Operator.GT, num("3"));
        assertThat(Filters.parse("clv > 1 or aov > 2 and orders > 3"))
                .isEqualTo(new Or(List.of(a, new And(List.of(b, c)))));
        assertThat(Filters.parse("(clv > 1 || aov > 2) && orders > 3"))
                .isEqualTo(new And(List.of(new Or(List.of(a, b)), c)));
        assertThat(Filters.parse("NOT clv > 1 AND ! aov > 2"))
                .isEqualTo(new And(List.of(new Not(a), new Not(b))));
    }

    @Test
    void parsesTextEqualityCaseInsensitiveLifecycleToCanonicalSpelling() {
        assertThat(Filters.parse("lifecycle = \"vip\""))
                .isEqualTo(new Comparison(FilterField.LIFECYCLE, Operator.EQ, new FilterValue.Text("VIP")));
        assertThat(Filters.parse("Lifecycle in ('at-risk', \"Dormant\")")).isEqualTo(new InList(FilterField.LIFECYCLE,
                List.of(new FilterValue.Text("At-Risk"), new FilterValue.Text("Dormant"))));
        assertThat(Filters.parse("rfm = 555"))
                .isEqualTo(new Comparison(FilterField.RFM, Operator.EQ, new FilterValue.Text("555")));
    }

    @Test
    void parsesInAndNotIn() {
        assertThat(Filters.parse("orders in (1, 2)"))
                .isEqualTo(new InList(FilterField.ORDERS, List.of(num("1"), num("2"))));
        assertThat(Filters.parse("city not in (\"Rome\")"))
                .isEqualTo(new Not(new InList(FilterField.CITY, List.of(new FilterValue.Text("Rome")))));
    }

    @Test
    void parsesBetweenForNumbersAndDates() {
        assertThat(Filters.parse("clv between 10 and 20 and orders > 1")).isEqualTo(new And(List.of(
                new Between(FilterField.CLV, num("10"), num("20")),
                new Comparison(FilterField.ORDERS, Operator.GT, num("1")))));
        assertThat(Filters.parse("created not between 2024-01-01 and \"2024-12-31\"")).isEqualTo(new Not(
                new Between(FilterField.CREATED, new FilterValue.Date(LocalDate.of(2024, 1, 1)),
                        new FilterValue.Date(LocalDate.of(2024, 12, 31)))));
    }

    @Test
    void parsesSetMembershipInEveryForm() {
        SetContains home = new SetContains(FilterField.CATEGORIES, Quantifier.ANY, List.of("home"));
        assertThat(Filters.parse("\"Home\" in categories")).isEqualTo(home);
        assertThat(Filters.parse("categories contains \"home\"")).isEqualTo(home);
        assertThat(Filters.parse("categories = \"home\"")).isEqualTo(home);
        assertThat(Filters.parse("\"home\" not in categories")).isEqualTo(new Not(home));
        assertThat(Filters.parse("segment = \"business_professional\"")).isEqualTo(
                new SetContains(FilterField.SEGMENT, Quantifier.ANY, List.of("BUSINESS_PROFESSIONAL")));
        assertThat(Filters.parse("segments in (\"A\", \"B\")"))
                .isEqualTo(new SetContains(FilterField.SEGMENT, Quantifier.ANY, List.of("A", "B")));
        assertThat(Filters.parse("tags contains any (\"b2b\", \"vip\")"))
                .isEqualTo(new SetContains(FilterField.TAGS, Quantifier.ANY, List.of("b2b", "vip")));
        assertThat(Filters.parse("tags contains all (\"b2b\", \"vip\")"))
                .isEqualTo(new SetContains(FilterField.TAGS, Quantifier.ALL, List.of("b2b", "vip")));
    }

    @Test
    void parsesTextMatching() {
        assertThat(Filters.parse("name ~ \"smi\"")).isEqualTo(new TextMatch(FilterField.NAME, MatchKind.CONTAINS, "smi"));
        assertThat(Filters.parse("name contains \"smi\""))
                .isEqualTo(new TextMatch(FilterField.NAME, MatchKind.CONTAINS, "smi"));
        assertThat(Filters.parse("email starts with \"a\""))
                .isEqualTo(new TextMatch(FilterField.EMAIL, MatchKind.STARTS_WITH, "a"));
        assertThat(Filters.parse("email ends with \"@x.com\""))
                .isEqualTo(new TextMatch(FilterField.EMAIL, MatchKind.ENDS_WITH, "@x.com"));
        assertThat(Filters.parse("name not contains \"x\""))
                .isEqualTo(new Not(new TextMatch(FilterField.NAME, MatchKind.CONTAINS, "x")));
    }

    @Test
    void parsesNullTests() {
        assertThat(Filters.parse("company is null")).isEqualTo(new IsNull(FilterField.COMPANY, false));
        assertThat(Filters.parse("company IS NOT NULL")).isEqualTo(new IsNull(FilterField.COMPANY, true));
    }

    @Test
    void parsesStringEscapes() {
        assertThat(Filters.parse("name = \"a\\\"b\\\\c\\n\\u00e9\""))
                .isEqualTo(new Comparison(FilterField.NAME, Operator.EQ, new FilterValue.Text("a\"b\\c\né")));
    }

    @Test
    void parsesDatesBareQuotedAndRelative() {
        assertThat(Filters.parse("last_order < 2024-01-31")).isEqualTo(new Comparison(FilterField.LAST_ORDER,
                Operator.LT, new FilterValue.Date(LocalDate.of(2024, 1, 31))));
        assertThat(Filters.parse("last_order < \"2024-01-31\"")).isEqualTo(Filters.parse("last_order < 2024-01-31"));
        assertThat(Filters.parse("last_order < 90 days ago")).isEqualTo(new Comparison(FilterField.LAST_ORDER,
                Operator.LT, new FilterValue.RelativeDate(90, FilterValue.RelativeDate.Unit.DAYS)));
        assertThat(Filters.parse("created >= 1 year ago")).isEqualTo(new Comparison(FilterField.CREATED,
                Operator.GE, new FilterValue.RelativeDate(1, FilterValue.RelativeDate.Unit.YEARS)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "lifecycle = \"VIP\"",
            "churn >= 0.25 and clv > 1000",
            "not (churn > 0.5 or orders = 1) and company is not null",
            "\"home\" in categories and days_since_last_order > 60",
            "name not in (\"a\\\"q\", \"b\") or email ends with \"@x.com\"",
            "segment contains all (\"A\", \"B\") and not not tags contains \"x\"",
            "clv not between -1.5 and 20 or last_order > 3 months ago",
            "(clv > 1 and (aov > 2 or orders < 3)) or (tenure_days > 5 and (rfm = \"555\"))",
    })
    void rendersCanonicalTextThatParsesToTheSameTree(String text) {
        FilterExpression tree = Filters.parse(text);
        String rendered = Filters.render(tree);
        assertThat(Filters.parse(rendered)).isEqualTo(tree);
        assertThat(Filters.render(Filters.parse(rendered))).isEqualTo(rendered);
    }

    @Test
    void rendersInReadableCanonicalForm() {
        assertThat(Filters.normalise("CHURN>=25% && \"Home\" IN categories"))
                .isEqualTo("churn >= 0.25 and categories contains \"home\"");
        assertThat(Filters.normalise("segment != \"vip\"")).isEqualTo("segment not contains \"VIP\"");
    }

    @Test
    void rejectsUnknownFieldWithPositionAndSuggestion() {
        FilterException e = error("chrun >= 0.25");
        assertThat(e.getMessage()).isEqualTo("Unknown field 'chrun' at position 0; did you mean 'churn'?");
        assertThat(e.position()).isZero();
        assertThat(e.found()).isEqualTo("'chrun'");
        FilterException later = error("clv > 1 and\n  lifecyle = \"VIP\"");
        assertThat(later.position()).isEqualTo(14);
        assertThat(later.line()).isEqualTo(2);
        assertThat(later.column()).isEqualTo(3);
        assertThat(later.hint()).isEqualTo("did you mean 'lifecycle'?");
    }

    @Test
    void rejectsMissingValueWithPosition() {
        FilterException e = error("churn >= ");
        assertThat(e.getMessage()).isEqualTo("Expected a value after '>=' at position 9");
        assertThat(e.found()).isEqualTo("end of input");
        assertThat(error("churn >= and clv > 1").getMessage()).isEqualTo("Expected a value after '>=' at position 9, found 'and'");
    }

    @Test
    void rejectsTypeMismatchWithPosition() {
        FilterException e = error("churn = \"high\"");
        assertThat(e.getMessage()).isEqualTo("Expected a number for 'churn' at position 8, found \"high\"");
        assertThat(e.found()).isEqualTo("\"high\"");
        assertThat(error("last_order < 12").getMessage())
                .isEqualTo("Expected a date for 'last_order' at position 13, found '12'");
        assertThat(error("last_order < 0999-01-01").getMessage()).startsWith("Date '0999-01-01' is out of range at position 13");
        assertThat(error("last_order < \"2024-02-30\"").position()).isEqualTo(13);
        assertThat(error("clv > 3 days ago").getMessage())
                .startsWith("A relative date cannot be compared with a number field 'clv' at position 6");
    }

    @Test
    void rejectsUnknownLifecycleValue() {
        FilterException e = error("lifecycle = \"Actve\"");
        assertThat(e.getMessage()).isEqualTo("Unknown lifecycle \"Actve\" at position 12; did you mean 'Active'?");
        assertThat(e.expected()).isEqualTo("one of New, Active, VIP, At-Risk, Dormant");
    }

    @Test
    void rejectsOperatorsThatDoNotFitTheFieldType() {
        assertThat(error("name > \"b\"").getMessage()).startsWith("Operator '>' cannot be used with text field 'name' at position 5");
        assertThat(error("tags < \"b\"").getMessage()).startsWith("Operator '<' cannot be used with set field 'tags' at position 5");
        assertThat(error("clv ~ \"1\"").getMessage()).startsWith("Text matching cannot be used with a number field 'clv' at position 4");
        assertThat(error("name between \"a\" and \"b\"").position()).isEqualTo(5);
        assertThat(error("\"x\" in name").getMessage()).startsWith("Field 'name' is not a set field at position 7");
        assertThat(error("name contains any (\"a\")").position()).isEqualTo(14);
        assertThat(error("tags contains \"a|b\"").getMessage()).startsWith("A set value cannot contain '|' at position 14");
        assertThat(error("tags contains \"\"").getMessage()).startsWith("A set value cannot be empty at position 14");
    }

    @Test
    void rejectsSyntaxErrorsWithPosition() {
        assertThat(error("").getMessage()).startsWith("Filter is empty at position 0");
        assertThat(error("clv").getMessage()).startsWith("Expected an operator after 'clv' at position 3");
        assertThat(error("(clv > 1").getMessage()).isEqualTo("Expected ')' at position 8; the '(' at position 0 is not closed");
        assertThat(error("(clv > 1 clv").getMessage()).startsWith("Expected ')' at position 9, found 'clv'");
        assertThat(error("clv > 1)").getMessage()).startsWith("Unexpected ')' at position 7");
        assertThat(error("clv > 1 clv").getMessage()).startsWith("Unexpected 'clv' at position 8");
        assertThat(error("name = \"abc").getMessage()).startsWith("Unterminated string at position 7");
        assertThat(error("name = \"a\\qb\"").getMessage()).startsWith("Invalid escape '\\q' in string at position 9");
        assertThat(error("orders in ()").getMessage()).startsWith("Expected a value after '(' at position 11");
        assertThat(error("orders in (1 2)").getMessage()).startsWith("Expected ',' or ')' in list at position 13");
        assertThat(error("and clv > 1").getMessage()).startsWith("Expected a field name, '(' or 'not' at position 0");
        assertThat(error("company is nul").getMessage()).startsWith("Expected 'null' after 'is' at position 11");
        assertThat(error("clv > 1; drop table x").getMessage())
                .isEqualTo("Unexpected character ';' at position 7; only one filter expression is allowed");
        assertThat(error("clv > 12abc").getMessage()).startsWith("Malformed number at position 6");
        assertThat(error("clv > 1e99999").position()).isEqualTo(6);
        assertThat(error("clv > 99999999999999999999").getMessage()).startsWith("Number '99999999999999999999' is out of range at position 6");
    }

    @Test
    void rejectsTooLongInputAndTooDeepNesting() {
        String longText = "clv > 1" + " or clv > 1".repeat(200);
        FilterException tooLong = error(longText);
        assertThat(tooLong.getMessage()).startsWith("Filter is too long (" + longText.length() + " characters, at most 2000)");
        assertThat(tooLong.position()).isEqualTo(2000);
        FilterException deep = error("(".repeat(40) + "clv > 1" + ")".repeat(40));
        assertThat(deep.getMessage()).startsWith("Filter nests too deeply (more than 32 levels) at position 32");
        assertThat(error("not ".repeat(40) + "clv > 1").position()).isEqualTo(128);
        assertThat(Filters.parse("(".repeat(32) + "clv > 1" + ")".repeat(32))).isInstanceOf(Comparison.class);
    }

    @Test
    void treesBuiltInCodeAreValidatedToo() {
        assertThatThrownBy(() -> new Comparison(FilterField.CHURN, Operator.EQ, new FilterValue.Text("high")))
                .isInstanceOf(FilterException.class).hasMessageContaining("churn");
        assertThatThrownBy(() -> new Comparison(FilterField.LIFECYCLE, Operator.EQ, new FilterValue.Text("Gold")))
                .isInstanceOf(FilterException.class).hasMessageContaining("Unknown lifecycle 'Gold'");
        assertThatThrownBy(() -> new And(List.of(new IsNull(FilterField.CLV, false))))
                .isInstanceOf(FilterException.class);
        assertThat(new Comparison(FilterField.LIFECYCLE, Operator.EQ, new FilterValue.Text("vip")).value())
                .isEqualTo(new FilterValue.Text("VIP"));
    }

    @Test
    void catalogueListsEveryFieldWithDescriptionAndAValidExample() {
        assertThat(Filters.fields()).hasSize(37);
        assertThat(Filters.fields()).allSatisfy(f -> {
            assertThat(f.description()).isNotBlank();
            assertThat(Filters.parse(f.example())).isNotNull();
        });
        assertThat(FilterField.byName("segments")).contains(FilterField.SEGMENT);
        assertThat(FilterField.SEGMENT.column()).isEqualTo("segments");
    }

    @Test
    void readsTheFormerNameOfExpectedOrdersAndWritesTheNewOne() {
        assertThat(Filters.normalise("expected_orders_90d >= 1")).isEqualTo("expected_orders >= 1");
        assertThat(FilterField.byName("EXPECTED_ORDERS_90D")).contains(FilterField.EXPECTED_ORDERS);
    }

    @ParameterizedTest
    @CsvSource({"chrun,churn", "orderz,orders", "lastorder,last_order", "segmnt,segment"})
    void suggestsCloseFieldNames(String typo, String expected) {
        assertThat(error(typo + " is null").hint()).contains("'" + expected + "'");
    }
}
