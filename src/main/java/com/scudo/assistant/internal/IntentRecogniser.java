package com.scudo.assistant.internal;

import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Understands a question without a language model: normalise, fix small typos in known words, find segment
 * mentions, take what is left as the customer reference, then score every rule of {@link IntentRules} and rank.
 * Pure Java, no data access: segment names come in as {@link SegmentPhrases}.
 */
final class IntentRecogniser {
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);
    private static final List<String> SPELLING = IntentRules.CORRECTED_TO.stream().filter(w -> w.length() >= 5).distinct()
            .sorted().toList();
    private static final Pattern RANK_BY_CLV = Pattern.compile("\\b(clv|ltv|lifetime|predicted|future|forecast\\w*)\\b");
    private static final Pattern RANK_BY_ORDERS = Pattern.compile("\\b(most orders|number of orders|orders|frequent\\w*|often)\\b");
    private static final Pattern RANK_BY_CHURN = Pattern.compile("\\b(churn\\w*|risk\\w*)\\b");
    private static final Pattern RANK_BY_AOV = Pattern.compile("\\b(aov|average order|basket\\w*|per order|order size)\\b");
    private static final Pattern RANK_OLDEST = Pattern.compile("\\b(oldest|longest[- ]standing|earliest|first ever"
            + "|longest serving|been with us (the )?longest)\\b");
    private static final Pattern RANK_NEWEST = Pattern.compile("\\b(newest|latest|most recent|recently (joined|acquired|won|added))\\b");
    private static final Pattern RANK_BY_ENGAGEMENT = Pattern.compile("\\b(engaged|engagement|active readers|interactive)\\b");
    private static final Pattern CHURN_RATE = Pattern.compile("\\b(churn|attrition|retention)\\b");
    private static final Pattern BY_MONTH = Pattern.compile("\\btrends?\\b|\\bmonth(ly| by month)\\b|\\b(by|per|each) month\\b"
            + "|\\bover time\\b|\\bover the (last|past) \\w+ months\\b");
    /** "revenue by channel", "how many orders came from mobile", "sales through the app last month". */
    private static final Pattern BY_CHANNEL = Pattern.compile("\\bchannels?\\b|\\b(orders|revenue|sales|income|turnover)\\b.*"
            + "\\b(from|through|via|on|by|in) (the |our )?(mobile|web|website|online|app|stores?|in store|phone)\\b");
    private static final Pattern AOV = Pattern.compile(IntentRules.AOV_WORDS);
    private static final Pattern LIFECYCLE_MIX = Pattern.compile(IntentRules.LIFECYCLE_MIX_WORDS);
    private static final Pattern REPEAT_RATE = Pattern.compile(IntentRules.REPEAT_RATE_WORDS);
    private static final Pattern ORDER_GAP = Pattern.compile(IntentRules.ORDER_GAP_WORDS);
    private static final Pattern BEST_SELLING = Pattern.compile(IntentRules.BEST_SELLING_WORDS);
    private static final Pattern REFUNDS = Pattern.compile(IntentRules.REFUND_WORDS);
    private static final Pattern INTERACTIONS = Pattern.compile(IntentRules.INTERACTION_WORDS);
    private static final Pattern EXPECTED_CHURN = Pattern.compile(IntentRules.EXPECTED_CHURN_WORDS);
    private static final Pattern FORECAST = Pattern.compile(IntentRules.FORECAST_WORDS);
    private static final Pattern SCORE_TREND = Pattern.compile(IntentRules.SCORE_TREND_WORDS);
    private static final Pattern WEEKDAYS = Pattern.compile(IntentRules.WEEKDAY_WORDS);
    private static final Pattern BY_PLACE = Pattern.compile(IntentRules.BY_PLACE_WORDS);
    private static final Pattern SPEND_BY_PLACE = Pattern.compile(IntentRules.SPEND_BY_PLACE_WORDS);
    private static final Pattern BEST_MONTH = Pattern.compile(IntentRules.BEST_MONTH_WORDS);
    private static final Pattern REVENUE_PER_CUSTOMER = Pattern.compile(IntentRules.REVENUE_PER_CUSTOMER_WORDS);
    private static final Pattern PER_CUSTOMER = Pattern.compile("\\b(orders|purchases) (per|a|each|by) (customer|client|buyer)\\b");
    private static final Pattern BUYERS = Pattern.compile("\\bhow many (customers|clients|buyers|people|shoppers) (have |did )?"
            + "(placed|made|ordered|bought|purchased|shopped|order|buy|purchase|place)\\b");
    private static final Pattern PER_DAY = Pattern.compile("\\b(per|a|each|every) day\\b|\\bdaily\\b");
    private static final Pattern PLACE_LEVEL = Pattern.compile("\\b(?<level>city|cities|region|regions|state|states|country"
            + "|countries|markets)\\b");
    /** "What did David Kim buy last?", "Sarah's recent orders": the customer's newest purchases. */
    private static final Pattern LAST_PURCHASE = Pattern.compile("\\b(what|which) (products?|categories|items?|things?"
            + "|goods) (does|did|do|has|have)\\b|\\bwhat (did|has|have|does)\\b.*\\b(buy|bought|order"
            + "|ordered|purchase|purchased|get)\\b|\\b(last|latest|most recent|recent|newest) (orders?|purchases?|buys)\\b"
            + "|\\b(bought|ordered|purchased) last\\b|\\blast (bought|ordered|purchased)\\b|\\border history\\b");
    private static final Pattern NEW_CUSTOMERS = Pattern.compile("\\bnew (customers|clients|buyers|shoppers)\\b"
            + "|\\b(customers|clients|buyers|shoppers|who) (are|were|is|was) new\\b|\\b(customers|clients|buyers|shoppers|who)"
            + " (joined|signed up|started buying|came on board|first ordered|placed their first order|made their first purchase)\\b");
    private static final Pattern WHY_CLV = Pattern.compile("\\b(clv|ltv|lifetime|value|worth)\\b");
    private static final Pattern WHY_RFM = Pattern.compile("\\b(rfm|recency|frequency|monetary)\\b");
    private static final Pattern WHY_LIFECYCLE = Pattern.compile("\\b(lifecycle|stage|vip|dormant|new|active)\\b");
    private static final Pattern WHY_NEXT = Pattern.compile("\\bnext order\\b|\\bwhen\\b.*\\b(order|buy)\\b");
    private static final Pattern WHY_EXPECTED = Pattern.compile("\\bexpected orders\\b|\\bhow many orders\\b");

    /** One reading of the question, how well it fits, and where its strong cues stand in the normalised text. */
    record Candidate(Interpretation interpretation, double score, List<Cued> cued) {
        Candidate(Interpretation interpretation, double score) {
            this(interpretation, score, List.of());
        }

        /** Whether a cue of this reading stands where one of {@code other}'s does (the same words read two ways). */
        boolean overlaps(Cued other) {
            return cued.stream().anyMatch(c -> c.start() < other.end() && other.start() < c.end());
        }
    }

    /** Words of the question that named a reading. */
    record Cued(int start, int end, String words) {
    }

    /** The readings, best first (never empty: at worst HELP). */
    record Recognition(Utterance utterance, List<Candidate> ranked) {
        Interpretation best() {
            return ranked.get(0).interpretation();
        }
    }

    Recognition recognise(String question, SegmentPhrases segmentPhrases) {
        Utterance u = correctSpelling(Utterance.of(question));
        if (u.isEmpty()) {
            return new Recognition(u, List.of(new Candidate(Interpretation.of(Intent.HELP), 0)));
        }
        List<SegmentPhrases.Match> mentions = segmentPhrases.find(u.tokens());
        List<String> segments = mentions.stream().map(SegmentPhrases.Match::segmentId).toList();
        String customer = customerReference(u, mentions);
        Integer limit = Quantities.limit(u.text());
        Integer days = Quantities.days(u.text());

        List<Candidate> ranked = new ArrayList<>();
        for (IntentRules.Rule rule : IntentRules.ALL) {
            List<IntentRules.Cue> matched = rule.cues().stream().filter(c -> c.pattern().matcher(u.text()).find()).toList();
            // A word such as "which", "show" or "send" fits nearly any question: alone it is no reading of it.
            if (matched.stream().noneMatch(c -> c.weight() >= IntentRules.STRONG)) {
                continue;
            }
            double score = matched.stream().mapToDouble(IntentRules.Cue::weight).sum();
            String missing = null;
            if (rule.needs() == IntentRules.Needs.CUSTOMER) {
                missing = customer == null ? "customer" : null;
            } else if (rule.needs() == IntentRules.Needs.SEGMENT) {
                missing = segments.isEmpty() ? "segment" : null;
            }
            // A reading that lacks its reference is kept (to ask for it) but ranks below complete ones.
            score = missing == null ? score + (rule.needs() == IntentRules.Needs.NOTHING ? 0 : 1) : score / 2;
            List<Cued> cued = new ArrayList<>();
            for (IntentRules.Cue cue : matched) {
                var m = cue.pattern().matcher(u.text());
                while (cue.weight() >= IntentRules.STRONG && m.find()) {
                    cued.add(new Cued(m.start(), m.end(), m.group()));
                }
            }
            ranked.add(new Candidate(interpretation(rule.intent(), u.text(), customer, segments, limit, days, missing), score,
                    cued));
        }
        if (customer != null) {
            ranked.add(new Candidate(interpretation(Intent.CUSTOMER_PROFILE, u.text(), customer, segments, limit, days, null), 1));
        }
        if (!segments.isEmpty()) {
            ranked.add(new Candidate(interpretation(Intent.SEGMENT_ANALYSIS, u.text(), null, segments, limit, days, null), 1));
        }
        ranked.add(new Candidate(Interpretation.of(Intent.HELP), 0));
        // Stable sort: on equal scores the rule table's order decides.
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparing(c -> c.interpretation().missing() != null));
        return new Recognition(u, dropRepeats(ranked));
    }

    /** The shop-wide figure a question asks for: the first that matches, the most specific first. */
    private static final List<Map.Entry<Pattern, String>> SHOP_METRICS = List.of(Map.entry(INTERACTIONS, "interactions"),
            Map.entry(EXPECTED_CHURN, "expected_churn"), Map.entry(SCORE_TREND, "score_trend"), Map.entry(FORECAST, "forecast"),
            Map.entry(BEST_MONTH, "best_month"),
            Map.entry(REVENUE_PER_CUSTOMER, "revenue_per_customer"), Map.entry(PER_CUSTOMER, "orders_per_customer"), Map.entry(BUYERS, "buyers"), Map.entry(PER_DAY, "per_day"),
            Map.entry(REFUNDS, "refunds"), Map.entry(WEEKDAYS, "revenue_by_weekday"), Map.entry(BEST_SELLING, "categories"),
            Map.entry(ORDER_GAP, "order_gap"), Map.entry(REPEAT_RATE, "repeat_rate"), Map.entry(AOV, "aov"),
            Map.entry(LIFECYCLE_MIX, "lifecycle"), Map.entry(NEW_CUSTOMERS, "new_customers"), Map.entry(CHURN_RATE, "churn"),
            Map.entry(BY_CHANNEL, "revenue_by_channel"), Map.entry(BY_MONTH, "revenue_by_month"));

    static String shopMetric(String text) {
        if (SPEND_BY_PLACE.matcher(text).find()) {
            return "spend_by_" + placeLevel(text);
        }
        if (BY_PLACE.matcher(text).find()) {
            return "customers_by_" + placeLevel(text);
        }
        for (Map.Entry<Pattern, String> metric : SHOP_METRICS) {
            if (metric.getKey().matcher(text).find()) {
                return metric.getValue();
            }
        }
        return RANK_BY_CLV.matcher(text).find() || WHY_CLV.matcher(text).find() ? "clv" : null;
    }

    private static Interpretation interpretation(Intent intent, String text, String customer, List<String> segments,
                                                 Integer limit, Integer days, String missing) {
        boolean aboutCustomer = intent == Intent.CUSTOMER_PROFILE || intent == Intent.ANALYZE_CUSTOMER
                || intent == Intent.WHY_SCORE;
        List<String> named = switch (intent) {
            case SEGMENT_ANALYSIS -> segments.isEmpty() ? List.of() : List.of(segments.get(0));
            case COMPARE_SEGMENTS, SEGMENT_CHANGES -> segments;
            default -> List.of();
        };
        String metric = switch (intent) {
            case TOP_CUSTOMERS -> rankMetric(text);
            case WHY_SCORE -> explainedScore(text);
            case CUSTOMER_PROFILE -> LAST_PURCHASE.matcher(text).find() ? "last_order" : null;
            case SHOP_OVERVIEW -> shopMetric(text);
            case GLOSSARY -> GlossaryTerms.keys(text);
            default -> null;
        };
        // Words left over that are no name for this reading: said back to the user as not understood.
        List<String> unknown = aboutCustomer || customer == null ? List.of() : List.of(customer.split(" "));
        return new Interpretation(intent, aboutCustomer ? customer : null, named, limit, days, metric, missing, null,
                unknown);
    }

    /** "city" unless the question names a region (state) or a country (market). */
    private static String placeLevel(String text) {
        Matcher m = PLACE_LEVEL.matcher(text);
        if (!m.find()) {
            return "city";
        }
        String level = m.group("level");
        return level.startsWith("countr") || level.startsWith("market") ? "country"
                : level.startsWith("region") || level.startsWith("state") ? "region" : "city";
    }

    static String rankMetric(String text) {
        if (RANK_OLDEST.matcher(text).find()) {
            return "first_order_oldest";
        }
        if (RANK_NEWEST.matcher(text).find()) {
            return "first_order";
        }
        if (RANK_BY_ENGAGEMENT.matcher(text).find()) {
            return "engagement";
        }
        if (RANK_BY_CLV.matcher(text).find()) {
            return "clv";
        }
        if (RANK_BY_CHURN.matcher(text).find()) {
            return "churn";
        }
        if (RANK_BY_AOV.matcher(text).find()) {
            return "aov";
        }
        if (RANK_BY_ORDERS.matcher(text).find()) {
            return "orders";
        }
        return "total_spent";
    }

    static String explainedScore(String text) {
        if (WHY_NEXT.matcher(text).find()) {
            return "next_order";
        }
        if (WHY_EXPECTED.matcher(text).find()) {
            return "expected_orders";
        }
        if (WHY_RFM.matcher(text).find()) {
            return "rfm";
        }
        if (RANK_BY_CHURN.matcher(text).find()) {
            return "churn";
        }
        if (WHY_CLV.matcher(text).find()) {
            return "clv";
        }
        if (WHY_LIFECYCLE.matcher(text).find()) {
            return "lifecycle";
        }
        return "churn";
    }

    /** An e-mail or id when the question has one, else the words that are neither known words nor a segment. */
    private static String customerReference(Utterance u, List<SegmentPhrases.Match> mentions) {
        if (u.email() != null) {
            return u.email();
        }
        if (u.customerId() != null) {
            return u.customerId();
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < u.tokens().size(); i++) {
            int at = i;
            String token = u.tokens().get(i);
            boolean inSegment = mentions.stream().anyMatch(m -> at >= m.start() && at < m.end());
            if (!inSegment && !IntentRules.NOT_A_NAME.contains(token) && !Quantities.isNumber(token)
                    && !token.endsWith("%")) {
                words.add(token);
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** "custmers" is "customers": unknown words of five letters or more, one edit (two from eight) from a known one. */
    private static Utterance correctSpelling(Utterance u) {
        List<String> fixed = new ArrayList<>(u.tokens().size());
        boolean changed = false;
        for (String token : u.tokens()) {
            String replacement = token;
            if (token.length() >= 5 && !IntentRules.NOT_A_NAME.contains(token) && !Quantities.isNumber(token)) {
                int allowed = token.length() >= 8 ? 2 : 1;
                for (String known : SPELLING) {
                    int d = EDITS.apply(token, known);
                    if (d >= 0 && d <= allowed) {
                        replacement = known;
                        allowed = d - 1;
                    }
                }
            }
            changed |= !replacement.equals(token);
            fixed.add(replacement);
        }
        return changed ? u.withTokens(fixed) : u;
    }

    private static List<Candidate> dropRepeats(List<Candidate> ranked) {
        Set<Intent> seen = new java.util.HashSet<>();
        return ranked.stream().filter(c -> seen.add(c.interpretation().intent())).collect(Collectors.toList());
    }
}
