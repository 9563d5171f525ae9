package com.scudo.segment.filter;

import com.scudo.analytics.CustomerFactsColumns;
import org.jooq.Condition;
import org.jooq.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Entry point of the filter language used by segment rules, the API's list filter and the assistant.
 *
 * <pre>{@code
 * FilterExpression e = Filters.parse("churn >= 25% and \"home\" in categories");  // throws FilterException
 * Condition c = Filters.toCondition(e, Filters.customerFacts().as("c"), asOf);   // parameterised jOOQ
 * Predicate<FieldValues> p = Filters.toPredicate(e, asOf);                      // same answer in memory
 * String text = Filters.render(e);                                               // canonical, re-parsable
 * }</pre>
 */
public final class Filters {

    /** Longest accepted expression, in characters. */
    public static final int MAX_LENGTH = Parser.MAX_LENGTH;
    /** Deepest accepted nesting of parentheses and {@code not}. */
    public static final int MAX_DEPTH = Parser.MAX_DEPTH;
    /** Name of the relation the conditions are written against (analytics' customer_facts view). */
    public static final String CUSTOMER_FACTS = CustomerFactsColumns.TABLE.getName();

    private Filters() {
    }

    /** Parses and validates an expression against the field catalogue. */
    public static FilterExpression parse(String text) {
        return Parser.parse(text);
    }

    /** Canonical text for a tree; {@code parse(render(e)).equals(e)}. */
    public static String render(FilterExpression expression) {
        return Renderer.render(Objects.requireNonNull(expression, "expression"));
    }

    /** Parses and renders back: the canonical spelling of a user's expression. */
    public static String normalise(String text) {
        return render(parse(text));
    }

    /**
     * The unqualified {@code customer_facts} view with its typed columns ({@link CustomerFactsColumns}); alias it
     * with {@code .as("c")} as needed.
     */
    public static Table<?> customerFacts() {
        return CustomerFactsColumns.TABLE;
    }

    /**
     * A fully parameterised condition over the columns of {@code table} (a {@code customer_facts} table,
     * possibly schema-qualified or aliased). Relative dates ({@code 90 days ago}) count back from {@code asOf}.
     * Combine with {@code workspace_id = ?} yourself.
     */
    public static Condition toCondition(FilterExpression expression, Table<?> table, LocalDate asOf) {
        return SqlCompiler.compile(Objects.requireNonNull(expression, "expression"),
                Objects.requireNonNull(table, "table"), Objects.requireNonNull(asOf, "asOf"));
    }

    /** The column of {@code table} holding {@code field}, typed for use in selects and ordering. */
    public static org.jooq.Field<?> column(Table<?> table, FilterField field) {
        return SqlCompiler.column(table, field);
    }

    /**
     * An in-memory predicate that selects exactly the rows the SQL condition selects (three-valued logic:
     * a comparison with a missing value is never true, nor is its negation).
     */
    public static Predicate<FieldValues> toPredicate(FilterExpression expression, LocalDate asOf) {
        return PredicateCompiler.compile(Objects.requireNonNull(expression, "expression"),
                Objects.requireNonNull(asOf, "asOf"));
    }

    /** The field catalogue, for listing fields and their descriptions to users. */
    public static List<FilterField> fields() {
        return FilterField.all();
    }
}
