package com.scudo.assistant.internal;

import com.scudo.money.Formatting;
import com.scudo.money.Money;
import com.scudo.shared.Figures;
import com.scudo.analytics.CustomerMatch;
import com.scudo.analytics.ScoredCustomers;
import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import com.scudo.segment.SegmentSummary;
import com.scudo.segment.Segments;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers from rules: recognise the question, resolve its customer, and hand it to the answer for its intent.
 * When a customer reading names nobody while another reading fits the question, that one is answered instead
 * (an unknown word is more likely noise than a customer).
 */
@Component
class RuleBasedAssistant {
    private static final Set<Intent> ABOUT_A_CUSTOMER = EnumSet.of(Intent.CUSTOMER_PROFILE, Intent.ANALYZE_CUSTOMER,
            Intent.WHY_SCORE);
    /** Answers computed for the period the question names. */
    private static final Set<Intent> HONOURS_PERIODS = EnumSet.of(Intent.TOP_CUSTOMERS, Intent.SHOP_OVERVIEW,
            Intent.SEGMENT_CHANGES, Intent.CUSTOMER_PROFILE, Intent.ANALYZE_CUSTOMER, Intent.CAME_BACK,
            Intent.CONTACTED_NOT_BOUGHT, Intent.LOST_IN_PERIOD);
    /**
     * Lists of whom to act on now: "this week" or "this month" says when to act ("whom should I e-mail this week"), and
     * the window of "likely to order this month" is read from those words, so neither needs a note.
     */
    private static final Set<Intent> ACTS_NOW = EnumSet.of(Intent.WIN_BACK, Intent.AT_RISK_CUSTOMERS,
            Intent.LIKELY_TO_ORDER, Intent.NEXT_ACTIONS);
    /** Lists from the order history and the contacts, not filters: their words are not attributes. */
    private static final Set<Intent> READS_THE_HISTORY = EnumSet.of(Intent.CAME_BACK, Intent.CONTACTED_NOT_BOUGHT,
            Intent.LOST_IN_PERIOD);
    /** A reading at least this good is preferred to "no such customer". */
    private static final double PLAUSIBLE = 2.0;

    private final IntentRecogniser recogniser = new IntentRecogniser();
    private final Segments segments;
    private final FactsQueries facts;
    private final ScoredCustomers customers;
    private final CustomerAnswers customerAnswers;
    private final HelpAnswers help;
    private final FilterAnswers filters;
    private final CategoryBuyersAnswers categoryBuyers;
    private final Formatting formatting;
    private final Money money;
    private final Map<Intent, Function<AnswerContext, StagedAnswer>> byIntent;
    private final int churnHorizonDays;
    private final ListFigures listFigures;

    RuleBasedAssistant(Segments segments, FactsQueries facts, ScoredCustomers customers, CustomerAnswers customerAnswers,
                       ListAnswers lists, SegmentAnswers segmentAnswers, ShopAnswers shop, HelpAnswers help,
                       FilterAnswers filters, Formatting formatting, Money money, SegmentMoves moves,
                       NextActions next, ModelAnswers model, CategoryBuyersAnswers categoryBuyers,
                       GlossaryAnswers glossary, ReturnAnswers cameBack, ContactedAnswers contacted,
                       com.scudo.analytics.AnalyticsSettings settings, ListFigures listFigures) {
        this.listFigures = listFigures;
        this.churnHorizonDays = settings.forecast().churnHorizonDays();
        this.filters = filters;
        this.categoryBuyers = categoryBuyers;
        this.money = money;
        this.segments = segments;
        this.formatting = formatting;
        this.facts = facts;
        this.customers = customers;
        this.customerAnswers = customerAnswers;
        this.help = help;
        this.byIntent = Map.ofEntries(
                Map.entry(Intent.VIP_CUSTOMERS, lists::vip),
                Map.entry(Intent.AT_RISK_CUSTOMERS, lists::atRisk),
                Map.entry(Intent.REVENUE_AT_RISK, lists::revenueAtRisk),
                Map.entry(Intent.TOP_CUSTOMERS, lists::top),
                Map.entry(Intent.LIKELY_TO_ORDER, lists::likelyToOrder),
                Map.entry(Intent.SEGMENT_ANALYSIS, segmentAnswers::analyse),
                Map.entry(Intent.LIST_SEGMENTS, segmentAnswers::list),
                Map.entry(Intent.COMPARE_SEGMENTS, segmentAnswers::compare),
                Map.entry(Intent.SEGMENT_CHANGES, moves::answer),
                Map.entry(Intent.NEXT_ACTIONS, next::answer),
                Map.entry(Intent.WIN_BACK, lists::winBack),
                Map.entry(Intent.CAME_BACK, cameBack::answer),
                Map.entry(Intent.LOST_IN_PERIOD, cameBack::lost),
                Map.entry(Intent.CONTACTED_NOT_BOUGHT, contacted::answer),
                Map.entry(Intent.SHOP_OVERVIEW, shop::overview),
                Map.entry(Intent.MODEL_REPORT, model::answer),
                Map.entry(Intent.GLOSSARY, glossary::answer));
    }

    StagedAnswer answer(WorkspaceId workspace, String question) {
        List<SegmentSummary> catalogue = segments.list(workspace);
        SegmentPhrases phrases = phrases(catalogue);
        IntentRecogniser.Recognition recognition = recogniser.recognise(question, phrases);
        List<IntentRecogniser.Candidate> ranked = recognition.ranked();
        var asOf = facts.asOf(workspace);
        Figures figures = formatting.of(workspace);
        AttributeFilters.Translation attributes = AttributeFilters.translate(question, figures, asOf,
                words -> !phrases.find(words).isEmpty(), (amount, currency) -> money.convert(workspace, amount, currency, asOf),
                facts.categories(workspace), field -> facts.average(workspace, field));
        if (attributes.refusal() != null || attributes.unread() != null) {
            // a condition that cannot be applied as asked: no list at all rather than a list that ignores it
            AnswerContext ctx = new AnswerContext(workspace, question, Interpretation.of(Intent.HELP), asOf, catalogue, figures);
            return help.cannot(ctx, attributes.refusal() != null ? attributes.refusal()
                    : "I could not read the condition in \"" + attributes.unread() + "\", so I did not list anyone.");
        }
        Optional<FilterAnswers.Selection> selection = selection(attributes, recognition, phrases, asOf);
        if (selection.isPresent()) {
            Interpretation reading = filterReading(recognition, selection.get(), asOf, figures.timeZone());
            AnswerContext ctx = new AnswerContext(workspace, question, reading, asOf, catalogue, figures);
            if (reading.period() != null && CategoryBuyersAnswers.applies(selection.get())) {
                // "who bought electronics last quarter": the period applies, to the orders that included the category
                return withNotes(categoryBuyers.answer(ctx, selection.get()), reading.withPeriod(null));
            }
            return withNotes(filters.answer(ctx, selection.get()), reading);
        }
        for (int i = 0; i < ranked.size(); i++) {
            Interpretation reading = withPeriod(ranked.get(i).interpretation(), recognition, asOf, figures.timeZone());
            AnswerContext ctx = new AnswerContext(workspace, question, reading, asOf, catalogue, figures);
            if (reading.missing() != null) {
                return help.missing(ctx, reading);
            }
            if (reading.intent() == Intent.HELP) {
                return help.help(ctx, recognition.utterance().isEmpty() || ranked.get(i).score() > 0, recognition.utterance());
            }
            if (ABOUT_A_CUSTOMER.contains(reading.intent())) {
                CustomerMatch resolution = customers.lookup(workspace, reading.customer());
                boolean nobody = !resolution.resolved() && !resolution.ambiguous();
                // an id or e-mail address names someone: if nobody has it, say so rather than answer another question
                boolean named = recognition.utterance().customerId() != null || recognition.utterance().email() != null;
                if (nobody && !named && alternativeAfter(ranked, i)) {
                    continue;
                }
                if (nobody && ranked.get(i).score() <= 1) {
                    // only unknown words, and no customer by that name: say which, and offer the closest questions
                    return help.help(ctx.withInterpretation(reading.withUnknown(List.of(reading.customer().split(" ")))),
                            false, recognition.utterance());
                }
                return withNotes(customerAnswers.answer(ctx, resolution), reading);
            }
            Optional<StagedAnswer> aboutOne = aboutOneCustomer(workspace, ctx, reading);
            if (aboutOne.isPresent()) {
                return aboutOne.get();
            }
            StagedAnswer answer = byIntent.get(reading.intent()).apply(ctx);
            Optional<String> share = listFigures.of(ctx, reading);
            if (share.isPresent()) {
                answer = answer.withInsight(share.get() + " " + answer.insight());
            }
            if (reading.intent() == Intent.AT_RISK_CUSTOMERS && reading.days() != null && reading.days() != churnHorizonDays) {
                // "likely to churn in the next 30 days": the risk is over the shop's churn horizon, whatever the window
                answer = answer.withInsight(answer.insight() + " Churn risk is the chance of no order in the next "
                        + churnHorizonDays + " days (the shop's churn horizon), so \"" + reading.days() + " days\" does not"
                        + " change who is at risk; for who is due to order soon, ask who is likely to order in the next "
                        + reading.days() + " days.");
            }
            return withNotes(answer, reading);
        }
        return help.help(new AnswerContext(workspace, question, Interpretation.of(Intent.HELP), asOf, catalogue, figures), false,
                recognition.utterance());
    }

    /**
     * "Is Robert Taylor likely to come back?", "Is Sarah Chen a VIP?": a list's question asked of one customer, when the
     * words the list left over name exactly one. Answered with that score of theirs and its reasons.
     */
    private Optional<StagedAnswer> aboutOneCustomer(WorkspaceId workspace, AnswerContext ctx, Interpretation reading) {
        String metric = ASKED_OF_ONE.get(reading.intent());
        if (metric == null || reading.unknown().isEmpty()) {
            return Optional.empty();
        }
        String words = String.join(" ", reading.unknown());
        CustomerMatch named = customers.lookup(workspace, words);
        if (!named.resolved()) {
            return Optional.empty();
        }
        // the shop's figures asked of one customer ("How many orders did Sarah Chen place last month?") are their profile,
        // led by what they spent and ordered in the period
        Intent intent = metric.isEmpty() ? Intent.CUSTOMER_PROFILE : Intent.WHY_SCORE;
        Interpretation about = new Interpretation(intent, words, List.of(), null, null, metric.isEmpty() ? null : metric,
                null, reading.period(), List.of());
        return Optional.of(withNotes(customerAnswers.answer(ctx.withInterpretation(about), named), about));
    }

    /** The lists a question can ask of one customer, and the score that answers it (none: their profile). */
    private static final Map<Intent, String> ASKED_OF_ONE = Map.of(Intent.LIKELY_TO_ORDER, "next_order",
            Intent.AT_RISK_CUSTOMERS, "churn", Intent.WIN_BACK, "churn", Intent.VIP_CUSTOMERS, "lifecycle",
            Intent.SHOP_OVERVIEW, "");

    private static Interpretation withPeriod(Interpretation reading, IntentRecogniser.Recognition recognition,
                                             java.time.LocalDate asOf, java.time.ZoneId zone) {
        return TimeWords.find(recognition.utterance().text(), asOf, zone)
                // "in November": the month's name is understood, whatever a customer reference made of it
                .map(period -> reading.withPeriod(period).withUnknown(reading.unknown().stream()
                        .filter(word -> !TimeWords.isCalendarWord(word)).toList()))
                .orElse(reading);
    }

    /**
     * An answer says what it left out: words it did not understand, and a period it could not apply (only rankings by
     * spend are computed for a period; the other lists are today's scores).
     */
    static StagedAnswer withNotes(StagedAnswer answer, Interpretation reading) {
        StringBuilder insight = new StringBuilder(answer.insight());
        // "today" is what every list shows anyway: today's scores
        if (reading.period() != null && !HONOURS_PERIODS.contains(reading.intent()) && !reading.period().words().equals("today")
                && !(ACTS_NOW.contains(reading.intent()) && reading.period().words().startsWith("this "))) {
            insight.append(" I cannot apply \"").append(reading.period().words())
                    .append("\" to this answer: these are today's figures.");
        }
        if (!reading.unknown().isEmpty()) {
            insight.append(" I did not understand \"").append(String.join(" ", reading.unknown()))
                    .append("\", so I left it out.");
            NotRecorded.note(reading.unknown()).ifPresent(note -> insight.append(' ').append(note));
        }
        return insight.length() == answer.insight().length() ? answer : answer.withInsight(insight.toString());
    }

    /**
     * The question as one filter, when it names attributes ("from New York", "spent more than $1,000") or more than one
     * list ("Which VIPs are at risk?"); empty for every other question, which its intent answers as before.
     */
    static Optional<FilterAnswers.Selection> selection(String question, IntentRecogniser.Recognition recognition,
                                                       SegmentPhrases phrases, Figures figures, LocalDate asOf) {
        return selection(AttributeFilters.translate(question, figures, asOf, words -> !phrases.find(words).isEmpty(),
                Amounts.Rates.NONE), recognition, phrases, asOf);
    }

    static Optional<FilterAnswers.Selection> selection(AttributeFilters.Translation attributes,
                                                       IntentRecogniser.Recognition recognition, SegmentPhrases phrases,
                                                       LocalDate asOf) {
        IntentRecogniser.Recognition rest = attributes.isEmpty() ? recognition
                : new IntentRecogniser().recognise(attributes.remainder(), phrases);
        Intent first = rest.ranked().get(0).interpretation().intent();
        if (attributes.isEmpty() && FilterAnswers.listPart(rest.best(), "", asOf).isEmpty()) {
            return Optional.empty();
        }
        if (!attributes.isEmpty() && ABOUT_A_CUSTOMER.contains(first) && rest.ranked().get(0).score() > 1) {
            return Optional.empty();
        }
        if (READS_THE_HISTORY.contains(recognition.best().intent())) {
            return Optional.empty(); // "visitors who never ordered" is not "orders = 0": the answer reads its own words
        }
        FilterAnswers.Selection s = FilterAnswers.select(attributes.parts(), attributes.notes(), rest, asOf);
        return FilterAnswers.combines(s) ? Optional.of(s) : Optional.empty();
    }

    /** A filtered list reads the period words only when it could not use them ("since March" is one of its parts). */
    private static Interpretation filterReading(IntentRecogniser.Recognition recognition, FilterAnswers.Selection s,
                                                LocalDate asOf, java.time.ZoneId zone) {
        Interpretation best = recognition.best();
        Interpretation reading = new Interpretation(Intent.FILTERED_CUSTOMERS, null, s.segments(), s.limit(), best.days(),
                s.sort(), null);
        // a condition that reads the period words itself: "since March", "who buy during the holidays"
        boolean since = s.attributes().stream().anyMatch(a -> a.filter().startsWith("last_order")
                || a.filter().startsWith("holiday_share"));
        return since ? reading : withPeriod(reading, recognition, asOf, zone);
    }

    /** Recognition alone, without data: what the question asks for. */
    Interpretation interpret(WorkspaceId workspace, String question) {
        return recogniser.recognise(question, phrases(segments.list(workspace))).best();
    }

    private static boolean alternativeAfter(List<IntentRecogniser.Candidate> ranked, int i) {
        return ranked.stream().skip(i + 1L).anyMatch(c -> c.score() >= PLAUSIBLE
                && !ABOUT_A_CUSTOMER.contains(c.interpretation().intent()) && c.interpretation().missing() == null);
    }

    static SegmentPhrases phrases(List<SegmentSummary> catalogue) {
        return new SegmentPhrases(catalogue.stream()
                .map(s -> new SegmentPhrases.Entry(s.segment().id().value(), s.segment().name())).toList());
    }
}
