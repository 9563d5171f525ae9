package com.scudo.assistant.internal;

import com.scudo.analytics.AtRisk;
import com.scudo.assistant.CustomerListCard;
import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import com.scudo.segment.SegmentPreview;
import com.scudo.segment.Segments;
import com.scudo.segment.filter.FilterExpression;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Customer lists that name attributes and lists at once ("VIP customers from New York", "at-risk customers who spent
 * more than $500", "Which VIPs are at risk?"): every part becomes a condition, the conditions are joined with AND,
 * and the one filter is counted through the segments' preview (what saving it as a segment would select) and listed
 * through the filter language. Each list keeps its one meaning (VIP and At-Risk are lifecycle stages, as everywhere).
 */
@Component
class FilterAnswers {
    static final int LIMIT = 50;

    /** A list the question names, as a condition: an adjective before "customers", or words after it. */
    record ListPart(Intent intent, String filter, String adjective, String after, String cue) {
    }

    /** The attribute conditions, the lists, the ranking and what could not be combined: the whole selection. */
    record Selection(List<AttributeFilters.Part> attributes, List<ListPart> lists, List<String> segments, String sort,
                     Integer limit, List<String> leftOut, List<String> unknown, List<String> notes, int listsNamed) {

        String rule() {
            List<String> all = new ArrayList<>();
            lists.forEach(l -> all.add(l.filter()));
            segments.forEach(s -> all.add("segment = " + Words.literal(s)));
            attributes.forEach(a -> all.add(a.filter()));
            return String.join(" and ", all);
        }

        /** Whether two parts are different lifecycle stages: a customer is in one stage at a time. */
        List<String> exclusiveStages() {
            List<String> stages = lists.stream().filter(l -> l.filter().startsWith("lifecycle = ")).map(ListPart::adjective)
                    .distinct().toList();
            return stages.size() > 1 ? stages : List.of();
        }
    }

    /**
     * "dormant customers who spent over $500": the word is a cue of other readings too (why is X dormant?), but beside
     * attributes it names the Dormant stage, the win-back list's.
     */
    private static final java.util.regex.Pattern DORMANT = java.util.regex.Pattern.compile("\\b(dormant|lapsed|inactive)\\b");

    /** The figure a ranking sorts by, as a cue of another reading may also read it ("clv" is WHY_SCORE's too). */
    private static final java.util.regex.Pattern RANKING_WORDS = java.util.regex.Pattern.compile(
            "clv|ltv|lifetime value|predicted value|value|churn\\w*|risk\\w*|orders?|aov|average order( value)?");

    private static final Set<Intent> NOT_A_LIST = Set.of(Intent.HELP, Intent.CUSTOMER_PROFILE, Intent.SEGMENT_ANALYSIS,
            Intent.TOP_CUSTOMERS);

    /** "What share of customers ...", "what percentage of our customers ...": the count is said as a share of all. */
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile(
            "\\b(share|percentage|percent|proportion|fraction|%) of (all |my |our |the )?(customers|clients|buyers|shoppers)\\b");

    private final Segments segments;
    private final FactsQueries facts;
    private final com.scudo.analytics.WorkspaceScores scores;

    FilterAnswers(Segments segments, FactsQueries facts, com.scudo.analytics.WorkspaceScores scores) {
        this.segments = segments;
        this.facts = facts;
        this.scores = scores;
    }

    /**
     * The lists a reading names, each with words of its own (a cue that stands where an earlier list's does is the same
     * words read twice: "win back" is no at-risk list beside the win-back one).
     */
    static Selection select(List<AttributeFilters.Part> attributes, List<String> notes,
                            IntentRecogniser.Recognition rest, java.time.LocalDate asOf) {
        List<ListPart> lists = new ArrayList<>();
        List<IntentRecogniser.Candidate> taken = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<String> segmentIds = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String sort = null;
        Integer limit = null;
        // "Top customers in Texas by CLV": the ranking's own word is its sort, not a list left out
        boolean ranked = rest.ranked().stream().anyMatch(c -> c.interpretation().intent() == Intent.TOP_CUSTOMERS
                && c.interpretation().metric() != null);
        for (IntentRecogniser.Candidate c : rest.ranked()) {
            Interpretation reading = c.interpretation();
            var own = c.cued().stream().filter(cue -> taken.stream().noneMatch(t -> t.overlaps(cue))).findFirst();
            // A segment only when the question says "segment": "VIP customers" is the VIP list, as when asked alone.
            if (reading.intent() == Intent.SEGMENT_ANALYSIS) {
                if (reading.segment() != null && own.isPresent()) {
                    segmentIds.add(reading.segment());
                }
                continue;
            }
            if (reading.intent() == Intent.TOP_CUSTOMERS) {
                sort = reading.metric();
                limit = reading.limit();
                continue;
            }
            if (reading.intent() == Intent.CUSTOMER_PROFILE && reading.customer() != null) {
                unknown.add(reading.customer());
            }
            if (NOT_A_LIST.contains(reading.intent()) || own.isEmpty()
                    || ranked && RANKING_WORDS.matcher(own.get().words()).matches()) {
                continue;
            }
            String words = own.get().words();
            Optional<ListPart> part = DORMANT.matcher(words).find() && reading.intent() != Intent.WIN_BACK
                    ? listPart(Interpretation.of(Intent.WIN_BACK), words, asOf) : listPart(reading, words, asOf);
            taken.add(c);
            if (part.isPresent() && lists.stream().anyMatch(l -> l.filter().equals(part.get().filter()))) {
                continue; // "dormant customers we could win back": one list named twice
            }
            if (part.isPresent()) {
                lists.add(part.get());
            } else {
                leftOut.add(own.get().words());
            }
        }
        int listsNamed = lists.size();
        if (lists.stream().anyMatch(l -> l.intent() == Intent.VIP_CUSTOMERS)
                && lists.stream().anyMatch(l -> l.intent() == Intent.AT_RISK_CUSTOMERS)) {
            // "Which VIPs are at risk?" asks for valuable customers who are slipping. A VIP whose churn risk rises moves
            // to At-Risk (one lifecycle stage at a time), so the answer is the at-risk list, most valuable first.
            lists.removeIf(l -> l.intent() == Intent.VIP_CUSTOMERS);
            notes = new ArrayList<>(notes);
            notes.add("Nobody is VIP and At-Risk at once: a customer is in one lifecycle stage at a time, and a VIP whose"
                    + " churn risk rises moves to At-Risk. " + (sort == null ? "These are the at-risk customers, the"
                    + " biggest spenders first." : "These are the at-risk customers."));
        }
        return new Selection(attributes, lists, segmentIds, sort, limit == null ? rest.ranked().get(0).interpretation().limit()
                : limit, leftOut, unknown, notes, listsNamed);
    }

    /** The existing lists' own rules: the same meaning as when they are asked for alone. */
    static Optional<ListPart> listPart(Interpretation reading, String cue, java.time.LocalDate asOf) {
        return switch (reading.intent()) {
            case VIP_CUSTOMERS -> Optional.of(new ListPart(Intent.VIP_CUSTOMERS, ListAnswers.VIP_RULE, "VIP", null, cue));
            case AT_RISK_CUSTOMERS -> Optional.of(new ListPart(Intent.AT_RISK_CUSTOMERS, AtRisk.FILTER, "at-risk", null, cue));
            case WIN_BACK -> Optional.of(new ListPart(Intent.WIN_BACK, ListAnswers.WIN_BACK_RULE, "dormant", null, cue));
            case LIKELY_TO_ORDER -> {
                int days = reading.days() == null ? ListAnswers.DEFAULT_DAYS : reading.days();
                yield Optional.of(new ListPart(Intent.LIKELY_TO_ORDER, ListAnswers.likelyToOrderRule(asOf, days), null,
                        "expected to order in the next " + days + " days", cue));
            }
            default -> Optional.empty();
        };
    }

    /** Whether the selection is more than one list asked for alone: then this class answers it. */
    static boolean combines(Selection s) {
        return !s.attributes().isEmpty() || s.listsNamed() + s.segments().size() > 1;
    }

    StagedAnswer answer(AnswerContext ctx, Selection s) {
        FilterExpression filter = Filters.parse(s.rule());
        String rule = Filters.render(filter);
        // A segment's members with more conditions are a list, not a rule to save: a segment rule cannot name a segment.
        boolean ofSegment = !s.segments().isEmpty();
        long n;
        BigDecimal spent;
        BigDecimal churn;
        BigDecimal clv;
        if (ofSegment) {
            FactsQueries.Totals totals = facts.totals(ctx.workspace(), filter, ctx.asOf());
            n = totals.customers();
            spent = totals.totalSpent();
            churn = totals.averageChurn();
            clv = totals.averageClv();
        } else {
            SegmentPreview preview = segments.preview(ctx.workspace(), rule);
            n = preview.customers();
            spent = preview.totalValue();
            churn = preview.averageChurn();
            clv = preview.averageClv();
        }
        String described = describe(ctx, s);
        StringBuilder insight = new StringBuilder(described).append(": ").append(n).append('.');
        if (n > 0) {
            insight.append(" ").append(Words.verb(n, "It has", "They have")).append(" spent ").append(ctx.money(spent))
                    .append(" so far, average churn risk ").append(ctx.percent(churn))
                    .append(", average predicted 12-month value ").append(ctx.money(clv)).append('.');
        } else {
            List<String> stages = s.exclusiveStages();
            if (!stages.isEmpty()) {
                insight.append(" A customer is in one lifecycle stage at a time (New, Active, VIP, At-Risk or Dormant),"
                        + " so nobody is both ").append(Words.and(stages)).append('.');
            }
            s.attributes().stream().filter(AttributeFilters.Part::isPlace).findFirst()
                    .ifPresent(place -> insight.append(placeNote(ctx, place, s)));
        }
        boolean aov = n > 0 && ListFigures.AOV.matcher(Utterance.of(ctx.question()).text()).find();
        if (aov) {
            insight.append(' ').append(ListFigures.aovSentence(ctx, "their", facts.totals(ctx.workspace(), filter,
                    ctx.asOf())));
        }
        boolean gap = n > 0 && ListFigures.ORDER_GAP.matcher(Utterance.of(ctx.question()).text()).find();
        if (gap) {
            insight.append(' ').append(ListFigures.orderGapSentence("they", facts.average(ctx.workspace(), filter,
                    ctx.asOf(), FilterField.AVG_DAYS_BETWEEN_ORDERS)));
        }
        boolean share = SHARE.matcher(Utterance.of(ctx.question()).text()).find();
        if (share) {
            long all = scores.totals(ctx.workspace()).customers();
            insight.append(" That is ").append(all == 0 ? "none" : ctx.percent(BigDecimal.valueOf(n)
                    .divide(BigDecimal.valueOf(all), 4, java.math.RoundingMode.HALF_UP))).append(" of your ")
                    .append(Words.count(all, "customer")).append('.');
        }
        s.notes().forEach(note -> insight.append(' ').append(note));
        for (String words : s.leftOut()) {
            if (!(share && SHARE.matcher(words).find()) && !(aov && ListFigures.AOV.matcher(words).find())
                    && !(gap && ListFigures.ORDER_GAP.matcher(words).find())) {
                insight.append(" I could not combine \"").append(words).append("\" with this list, so I left it out.");
            }
        }
        for (String words : s.unknown()) {
            insight.append(" I did not understand \"").append(words).append("\", so I left it out.");
        }
        insight.append(" Filter: ").append(rule).append(ofSegment ? " (a list of the segment's members: a segment's rule"
                + " cannot name another segment, so it is not saved as one)." : " (save it as a segment to follow these customers).");
        FilterField sort = s.sort() == null ? FilterField.TOTAL_SPENT : FilterField.byName(s.sort()).orElse(FilterField.TOTAL_SPENT);
        int limit = s.limit() == null ? LIMIT : s.limit();
        CardSource card = () -> Optional.of(new CustomerListCard(described, n, "-" + sort.fieldName(),
                facts.customers(ctx.workspace(), filter, ctx.asOf(), sort, true, limit)));
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight.toString(), List.of(card), rule, "rules");
    }

    /** Whether an empty answer is the place's doing (nobody lives there) or the other conditions'. */
    private String placeNote(AnswerContext ctx, AttributeFilters.Part place, Selection s) {
        String name = place.words().substring("in ".length());
        long there = s.attributes().size() + s.lists().size() + s.segments().size() == 1 ? 0
                : segments.preview(ctx.workspace(), place.filter()).customers();
        String quoted = place.places().stream().map(p -> "\"" + p + "\"").collect(java.util.stream.Collectors.joining(" or "));
        return there == 0 ? " No customer's city, region or country is " + quoted + " as their profiles spell it."
                : " " + Words.count(there, "customer") + " " + Words.verb(there, "is", "are") + " in " + name
                + ", but none of them matches the rest.";
    }

    /** "VIP customers in New York who spent more than $1,000", from the parts in a fixed order. */
    static String describe(AnswerContext ctx, Selection s) {
        List<String> adjectives = s.lists().stream().map(ListPart::adjective).filter(a -> a != null).toList();
        String head = adjectives.isEmpty() ? "Customers" : Words.capitalise(String.join(" ", ordered(adjectives)))
                + " customers";
        List<String> places = new ArrayList<>();
        List<String> others = new ArrayList<>();
        s.segments().forEach(id -> places.add("in the " + ctx.segmentName(id) + " segment"));
        for (AttributeFilters.Part a : s.attributes()) {
            (a.isPlace() ? places : others).add(a.words());
        }
        s.lists().stream().map(ListPart::after).filter(a -> a != null).forEach(others::add);
        StringBuilder out = new StringBuilder(head);
        places.forEach(p -> out.append(' ').append(p));
        if (!others.isEmpty()) {
            out.append(' ').append(Words.and(others));
        }
        return out.toString();
    }

    /** "at-risk VIP" rather than "VIP at-risk": the list a question names first is the noun's nearest word. */
    private static List<String> ordered(List<String> adjectives) {
        List<String> reversed = new ArrayList<>(adjectives);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
