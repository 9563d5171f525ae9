package com.scudo.assistant.internal;

import com.scudo.shared.Figures;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes a customer-list question names, as filter-language conditions: where customers live ("customers from
 * New York", "who lives in Leeds"), what they spent ("spent more than $1,000", "average order above $100"), how often
 * they ordered ("with more than 5 orders", "ordered only once"), when ("have not ordered in 90 days", "ordered in the
 * last 30 days", "since March") and their scores ("churn above 50%", "CLV over $2,000"). Values are compared as
 * {@link Comparisons} reads them ("between $200 and $500", "5 or more", "up to 300"), sums of money as {@link Amounts}
 * reads them ("1.000 €", "$1k", "2.500,00"), places as {@link PlaceFilters} does ("in California or Texas"). Pure Java:
 * each phrase is a condition on one catalogue field and the words said back ("who spent more than $1,000"); what is
 * left of the question is returned for the intent rules to read (its lists: VIP, at risk, ...).
 */
final class AttributeFilters {

    /** One condition and how the answer says it; {@code places} are the places it names, if it is a place. */
    /** One condition; {@code places} and {@code categories} name what a place or a bought-category condition reads. */
    record Part(String filter, String words, List<String> places, List<String> categories) {
        Part(String filter, String words) {
            this(filter, words, List.of(), List.of());
        }

        Part(String filter, String words, List<String> places) {
            this(filter, words, places, List.of());
        }

        static Part bought(String filter, List<String> categories) {
            return new Part(filter, "who bought " + String.join(" or ", categories), List.of(), List.copyOf(categories));
        }

        boolean isPlace() {
            return !places.isEmpty();
        }
    }

    /**
     * @param parts     the conditions found, in the order of the question
     * @param remainder the question without the phrases that made them
     * @param notes     what the answer must add (an amount converted from another currency)
     * @param refusal   why the question cannot be answered as asked (an amount in a currency without a rate), or null
     * @param unread    a condition the question names that no phrase here reads ("spent about 500"), or null
     */
    record Translation(List<Part> parts, String remainder, List<String> notes, String refusal, String unread) {
        boolean isEmpty() {
            return parts.isEmpty();
        }
    }

    record Found(int start, int end, Part part) {
    }

    private static final String MONEY = Comparisons.of(Amounts.MONEY, true);
    private static final String PERCENT_VALUE = "\\d{1,3}(?:[.,]\\d+)?(?: ?(?:%|percent\\b|per cent\\b|pct\\b))?";
    private static final String COUNT_VALUE = "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)";
    private static final Pattern SPENT = Pattern.compile("\\b(?:(?:who |that |which )?(?:have |has |had )?(?:spent|spend|spends"
            + "|spending|spenders)(?: a total of| in total| total| overall)?(?: of)?|(?:with |whose )(?:a )?(?:total |lifetime )?"
            + "(?:spend|spending|spent|revenue|sales)(?: of| is)?|(?:a )?(?:total|lifetime) (?:spend|spending|spent)(?: of| is)?) "
            + MONEY + "(?![\\d.,]| ?(?:per|an|each|a) order\\b)");
    /** "with more than $500 spent", "over 1.000 € in total spend": the amount before the word. */
    private static final Pattern SPENT_AFTER = Pattern.compile("\\b(?:with |having |who have |that have )?" + MONEY
            + " (?:spent|in (?:total |lifetime )?(?:spend|spending|sales|purchases)|of (?:total )?(?:spend|spending|purchases)"
            + "|(?:total|lifetime) spend)\\b");
    private static final Pattern AOV = Pattern.compile("\\b(?:with |whose |an? )?(?:average order(?: value)?|aov|average basket"
            + "(?: size)?|average spend per order)(?: of| is| is at| at)? " + MONEY);
    /** "spend more than $100 per order" is the average order, not the total. */
    private static final Pattern AOV_PER_ORDER = Pattern.compile("\\b(?:who |that |which )?(?:spent|spend|spends|spending)"
            + "(?: on average)? " + MONEY + " (?:per|an|each|a) order\\b");
    private static final Pattern CLV = Pattern.compile("\\b(?:with |whose |an? )?(?:clv|ltv|lifetime value|predicted value"
            + "|customer lifetime value)(?: of| is)? " + MONEY);
    private static final Pattern CHURN = Pattern.compile("\\b(?:with |whose |an? )?churn(?: risk| rate| probability| chance)?"
            + "(?: of| is)? " + Comparisons.of(PERCENT_VALUE, true));
    private static final Pattern DISCOUNT_RATE = Pattern.compile("\\b(?:with |whose |an? )?discount(?:ed)?(?: rate| share"
            + "| ratio)(?: of| is)? " + Comparisons.of(PERCENT_VALUE, true));
    private static final Pattern ORDER_COUNT = Pattern.compile("\\b(?<lead>with |who placed |who made |who have placed "
            + "|who have made |who have |that have |who has |having |placed |made )?" + Comparisons.of(COUNT_VALUE, false)
            + " (?:orders?|purchases)\\b");
    /** The count first: "with orders over 5", "whose number of orders is between 2 and 4". */
    private static final Pattern ORDERS_FIRST = Pattern.compile("\\b(?:with |whose )(?:an? )?(?:orders|order count|number of orders"
            + "|purchases)(?: of| is| are)? " + Comparisons.of(COUNT_VALUE, false) + "(?<lead>)(?! ?(?:orders?|purchases|times)\\b)");
    private static final Pattern TIMES = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?<lead>ordered|bought|purchased"
            + "|shopped) " + Comparisons.of(COUNT_VALUE, false) + " times\\b");
    /** "repeat customers", "returning buyers", "who ordered more than once": two orders or more. */
    private static final Pattern REPEAT = Pattern.compile("\\b(?:repeat|returning|repeated) (?=customers|buyers|clients|shoppers"
            + "|purchasers)|\\b(?:who |that )?(?:have |has )?(?:ordered|bought|purchased|shopped) (?:more than once|repeatedly"
            + "|again and again|several times|multiple times)\\b");
    private static final Pattern ONCE = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:only |just )?(?:ordered|bought"
            + "|purchased|shopped) (?:only |just )?once\\b|\\b(?:with |who placed |who have |who made )?(?:only|just) (?:one|1) orders?\\b");
    private static final Pattern NOT_SINCE_DAYS = Pattern.compile("\\b(?:who |that )?(?:have|has|did) not (?:ordered|bought"
            + "|purchased|shopped|order|buy|purchase|shop)(?: anything)? (?:in|for|within) (?:the )?(?:last |past )?(?:over |more than )?"
            + "(\\d{1,4}) "
            + "(days?|weeks?|months?|years?)\\b");
    /** "ordered more than 10 times but not in the last 3 months": the verb said once, for both conditions. */
    private static final Pattern BUT_NOT_LATELY = Pattern.compile("\\b(?:but|and|yet) not (?:in|within|during|for) (?:the )?"
            + "(?:last|past) (\\d{1,4}) (days?|weeks?|months?|years?)\\b");
    private static final Pattern WITHIN_DAYS = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:ordered|bought|purchased"
            + "|shopped)(?: anything| something)? (?:in|within|during) (?:the )?(?:last|past) (\\d{1,4}) (days?|weeks?|months?|years?)\\b");
    /** "last ordered more than 60 days ago", "whose last order was between 30 and 90 days ago". */
    private static final Pattern DAYS_AGO = Pattern.compile("\\b(?:(?:who |that )?(?:last )?(?:ordered|bought|purchased|shopped)"
            + "|(?:with |whose )?(?:last|latest|most recent) (?:order|purchase)(?: was| is)?) " + Comparisons.of(COUNT_VALUE, false)
            + " (?<unit>days?|weeks?|months?|years?) ago\\b");
    private static final Pattern SINCE_MONTH = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:(?:ordered|bought|purchased"
            + "|shopped) )?since (january|february|march|april|may|june|july|august|september|october|november|december)"
            + "(?: (\\d{4}))?\\b");
    /**
     * What is left of a question that still compares a figure ("spent about $500", "more than 20%"): a condition no
     * phrase here read, which must not be dropped silently.
     */
    private static final Pattern UNREAD = Pattern.compile("(?:[$€£¥] ?\\d|\\d ?(?:[$€£¥]|%|k\\b|euros?\\b|dollars?\\b"
            + "|pounds?\\b)|\\b(?:more than|less than|fewer than|at least|at most|over|under|above|below|between|up to"
            + "|greater than|no more than|more then|less then|atleast) [$€£¥]?\\d|\\d (?:or more|or less|or fewer|and up)\\b)");

    /** Verbs that say what a customer buys or how: "who bought", "that prefer", "customers who shop". */
    private static final String BUYS = "(?:who |that |which )?(?:have |has |mostly |usually |mainly |often )?(?:bought|buy|buys|buying"
            + "|purchased|purchase|purchases|ordered|order|shop|shops|shopped|shopping|prefer|prefers|preferring|use|uses"
            + "|like|likes|love|loves)(?: mostly| usually| mainly| often)?";
    /** "who prefer mobile", "that shop in store", "who buy online": the preferred channel (web, mobile, store, phone). */
    private static final Pattern CHANNEL = Pattern.compile("\\b" + BUYS + " (?:on |in |by |through |via |with |over |from )?"
            + "(?:the |our |a )?(?<channel>web ?sites?|web|online|mobile(?: app)?|(?:our )?app|phone|telephone|in ?stores?"
            + "|stores?)\\b(?! (?:credit|price|prices|card|cards|number)\\b)"
            + "|\\b(?<before>online|web|mobile|app|in ?store|phone) (?:customers|buyers|clients)\\b");
    /** "who bought electronics", "customers who buy home or garden": the categories the shop sells, any of them. */
    private static final String CATEGORY_LEAD = "\\b" + BUYS + " (?:some |any |our |the )?(?:products? (?:in|from) |items? (?:in|from) )?";

    private AttributeFilters() {
    }

    static Translation translate(String question, Figures figures, LocalDate asOf,
                                 java.util.function.Predicate<List<String>> segmentWords, Amounts.Rates rates) {
        return translate(question, figures, asOf, segmentWords, rates, java.util.Set.of());
    }

    /**
     * The conditions a question names, read against the workspace's figures (its reporting currency, {@code rates} to
     * convert another one) and the score date; {@code segmentWords} says whether words name a segment (then they are
     * no place).
     */
    static Translation translate(String question, Figures figures, LocalDate asOf,
                                 java.util.function.Predicate<List<String>> segmentWords, Amounts.Rates rates,
                                 java.util.Set<String> categories) {
        return translate(question, figures, asOf, segmentWords, rates, categories, AverageComparisons.Averages.NONE);
    }

    /** As above, with the shop's averages for "above average" ({@link AverageComparisons}). */
    static Translation translate(String question, Figures figures, LocalDate asOf,
                                 java.util.function.Predicate<List<String>> segmentWords, Amounts.Rates rates,
                                 java.util.Set<String> categories, AverageComparisons.Averages averages) {
        String text = normalise(question);
        List<Found> found = new ArrayList<>();
        AverageComparisons.find(text, figures, averages, found);
        List<String> notes = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        MoneyField.read(text, SPENT, "total_spent", "who spent", figures, rates, found, notes, refusals);
        MoneyField.read(text, SPENT_AFTER, "total_spent", "who spent", figures, rates, found, notes, refusals);
        MoneyField.read(text, AOV, "aov", "with an average order value of", figures, rates, found, notes, refusals);
        MoneyField.read(text, AOV_PER_ORDER, "aov", "with an average order value of", figures, rates, found, notes, refusals);
        MoneyField.read(text, CLV, "clv", "with a predicted 12-month value (CLV) of", figures, rates, found, notes, refusals);
        for (Matcher m = CHURN.matcher(text); m.find(); ) {
            Comparisons.Comparison c = Comparisons.read(m, false);
            if (c != null) {
                c = c.ordered(v -> new BigDecimal(percent(v).replace("%", "")));
                found.add(new Found(m.start(), m.end(), new Part(filter("churn", c, AttributeFilters::percent),
                        "with a churn risk of " + words(c, AttributeFilters::percent))));
            }
        }
        for (Matcher m = DISCOUNT_RATE.matcher(text); m.find(); ) {
            Comparisons.Comparison c = Comparisons.read(m, false);
            if (c != null) {
                c = c.ordered(v -> new BigDecimal(percent(v).replace("%", "")));
                found.add(new Found(m.start(), m.end(), new Part(filter("discount_rate", c, AttributeFilters::percent),
                        "with a share of discounted orders of " + words(c, AttributeFilters::percent))));
            }
        }
        counts(text, ORDER_COUNT, found);
        counts(text, TIMES, found);
        counts(text, ORDERS_FIRST, found);
        for (Matcher m = REPEAT.matcher(text); m.find(); ) {
            found.add(new Found(m.start(), m.end(), new Part("orders >= 2", "who ordered more than once")));
        }
        for (Matcher m = ONCE.matcher(text); m.find(); ) {
            found.add(new Found(m.start(), m.end(), new Part("orders = 1", "who ordered only once")));
        }
        PhraseConditions.find(text, figures, asOf, found);
        for (Pattern notLately : List.of(NOT_SINCE_DAYS, BUT_NOT_LATELY)) {
            for (Matcher m = notLately.matcher(text); m.find(); ) {
                String span = span(m.group(1), m.group(2));
                found.add(new Found(m.start(), m.end(), new Part("last_order < " + span + " ago",
                        "who have not ordered in the last " + span)));
            }
        }
        for (Matcher m = WITHIN_DAYS.matcher(text); m.find(); ) {
            String span = span(m.group(1), m.group(2));
            found.add(new Found(m.start(), m.end(), new Part("last_order >= " + span + " ago",
                    "who ordered in the last " + span)));
        }
        for (Matcher m = DAYS_AGO.matcher(text); m.find(); ) {
            Comparisons.Comparison c = Comparisons.read(m, false);
            if (c != null) {
                String unit = m.group("unit");
                c = c.ordered(v -> new BigDecimal(count(v)));
                found.add(new Found(m.start(), m.end(), new Part(ago(c, unit), "whose last order was "
                        + words(c, v -> span(count(v), unit)) + " ago")));
            }
        }
        for (Matcher m = SINCE_MONTH.matcher(text); m.find(); ) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate from = m.group(2) != null ? LocalDate.of(Integer.parseInt(m.group(2)), month, 1)
                    : lastOnOrBefore(asOf, month);
            found.add(new Found(m.start(), m.end(), new Part("last_order >= " + from,
                    "who ordered since " + figures.date(from))));
        }
        channels(text, segmentWords, found);
        categories(text, categories, segmentWords, found);
        found.addAll(PlaceFilters.find(text, question, segmentWords));
        // the longest phrase first where two start together ("between 2 and 4 orders" over "2 ... orders")
        found.sort(java.util.Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        StringBuilder remainder = new StringBuilder(text);
        for (int i = kept.size() - 1; i >= 0; i--) {
            remainder.replace(kept.get(i).start(), kept.get(i).end(), " ");
        }
        String rest = remainder.toString().replaceAll("\\s+", " ").strip();
        Matcher unread = UNREAD.matcher(rest);
        return new Translation(kept.stream().map(Found::part).toList(), rest, notes.stream().distinct().toList(),
                refusals.isEmpty() ? null : refusals.get(0), unread.find() ? around(rest, unread.start(), unread.end()) : null);
    }

    /** A filter on one field: "orders > 5", "total_spent between 200 and 500", "aov > 50 and aov < 100". */
    static String filter(String field, Comparisons.Comparison c, java.util.function.Function<String, String> value) {
        if (c.isBetween()) {
            return field + " between " + value.apply(c.low()) + " and " + value.apply(c.high());
        }
        List<String> bounds = new ArrayList<>();
        if (c.lowOp() != null) {
            bounds.add(field + " " + c.lowOp() + " " + value.apply(c.low()));
        }
        if (c.highOp() != null) {
            bounds.add(field + " " + c.highOp() + " " + value.apply(c.high()));
        }
        return String.join(" and ", bounds);
    }

    /** The same in words: "between $200 and $500", "more than 5", "more than 50% and less than 80%". */
    static String words(Comparisons.Comparison c, java.util.function.Function<String, String> value) {
        if (c.isBetween()) {
            return "between " + value.apply(c.low()) + " and " + value.apply(c.high());
        }
        List<String> bounds = new ArrayList<>();
        if (c.lowOp() != null) {
            bounds.add(Comparisons.said(c.lowOp()) + " " + value.apply(c.low()));
        }
        if (c.highOp() != null) {
            bounds.add(Comparisons.said(c.highOp()) + " " + value.apply(c.high()));
        }
        return String.join(" and ", bounds);
    }

    /**
     * An age turned into dates: longer ago is an earlier date, so "more than 60 days ago" is {@code last_order < 60 days
     * ago} and "between 30 and 90 days ago" is on or before the 30th day back and on or after the 90th.
     */
    private static String ago(Comparisons.Comparison c, String unit) {
        List<String> bounds = new ArrayList<>();
        if (c.lowOp() != null) {
            String op = switch (c.lowOp()) {
                case ">" -> "<";
                case ">=" -> "<=";
                default -> "=";
            };
            bounds.add("last_order " + op + " " + span(count(c.low()), unit) + " ago");
        }
        if (c.highOp() != null) {
            bounds.add("last_order " + (c.highOp().equals("<") ? ">" : ">=") + " " + span(count(c.high()), unit) + " ago");
        }
        return String.join(" and ", bounds);
    }

    private static void channels(String text, java.util.function.Predicate<List<String>> segmentWords, List<Found> found) {
        for (Matcher m = CHANNEL.matcher(text); m.find(); ) {
            if (m.group("before") != null && segmentWords.test(List.of(m.group().split(" ")))) {
                continue; // "mobile customers" may be a segment's name
            }
            String written = (m.group("channel") != null ? m.group("channel") : m.group("before")).replace(" ", "");
            String channel = written.startsWith("web") || written.equals("online") ? "web"
                    : written.startsWith("mobile") || written.endsWith("app") ? "mobile"
                    : written.contains("store") ? "store" : "phone";
            found.add(new Found(m.start(), m.end(), new Part("channel = \"" + channel + "\"",
                    switch (channel) {
                        case "web" -> "who prefer to buy online";
                        case "mobile" -> "who prefer to buy on mobile";
                        case "store" -> "who prefer to buy in store";
                        default -> "who prefer to buy by phone";
                    })));
        }
    }

    /** Categories the shop sells, named after a buying verb or before "buyers"; several joined by "or"/"and" are any. */
    private static void categories(String text, java.util.Set<String> categories,
                                   java.util.function.Predicate<List<String>> segmentWords, List<Found> found) {
        // A category the filter language cannot quote is left to the segment editor.
        List<String> quotable = categories.stream().filter(c -> !c.isBlank() && !c.contains("\"") && !c.contains("\\")
                && !c.contains("|")).toList();
        if (quotable.isEmpty()) {
            return;
        }
        // "gift buyers" for the category "gifts", "who bought shoes" for "shoe": each category also by its other number
        java.util.Map<String, String> spoken = new java.util.HashMap<>();
        quotable.forEach(c -> spoken.put(c.toLowerCase(Locale.ROOT), c));
        for (String c : quotable) {
            String lower = c.toLowerCase(Locale.ROOT);
            String other = lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower + "s";
            spoken.putIfAbsent(other, c);
        }
        String one = spoken.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        String some = "(?<cats>(?:" + one + ")(?:(?: ,)? (?:or|and|,) (?:" + one + "))*)";
        // "spend the most on electronics": only "on electronics" is the condition, the ranking stays in the question
        // "who bought both electronics and home": every one of them, not any
        Pattern pattern = Pattern.compile(CATEGORY_LEAD + "(?:(?<both>both )|either )?" + some
                + "\\b(?: products| items| goods| things)?|\\b"
                + some.replace("cats", "before") + " (?:buyers|shoppers|customers|lovers|fans)\\b"
                + "|(?<=\\b(?:spend|spent|spends|spending|money)(?: the most| most| more| a lot)? )on (?:our )?"
                + some.replace("cats", "on") + "\\b");
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            if (m.group("before") != null && segmentWords.test(List.of(m.group().split(" ")))) {
                continue; // "fashion lovers" may be a segment's name
            }
            String named = m.group("cats") != null ? m.group("cats") : m.group("before") != null ? m.group("before")
                    : m.group("on");
            List<String> picked = new ArrayList<>();
            Matcher each = Pattern.compile(one).matcher(named);
            while (each.find()) {
                String category = spoken.get(each.group());
                if (!picked.contains(category)) {
                    picked.add(category);
                }
            }
            boolean every = m.group("both") != null && picked.size() > 1;
            String filter = picked.size() == 1 ? "\"" + picked.get(0) + "\" in categories"
                    : "categories contains " + (every ? "all" : "any") + " (" + picked.stream().map(c -> "\"" + c + "\"")
                    .collect(java.util.stream.Collectors.joining(", ")) + ")";
            found.add(new Found(m.start(), m.end(), every ? new Part(filter, "who bought " + String.join(" and ", picked))
                    : Part.bought(filter, picked)));
        }
    }

    /** Order counts: a bare number is exact where a word leads it ("with 3 orders", "ordered 2 times"). */
    private static void counts(String text, Pattern pattern, List<Found> found) {
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            Comparisons.Comparison c = Comparisons.read(m, m.group("lead") != null);
            if (c != null) {
                c = c.ordered(v -> new BigDecimal(count(v)));
                boolean one = !c.isBetween() && c.highOp() == null && "1".equals(count(c.low()));
                String said = words(c, AttributeFilters::count).replace("less than", "fewer than");
                found.add(new Found(m.start(), m.end(), new Part(filter("orders", c, AttributeFilters::count),
                        "with " + said + (one ? " order" : " orders"))));
            }
        }
    }

    /** "30%", "30 percent" and "0.3" are the same churn risk; "30" alone is a percentage. */
    static String percent(String written) {
        String digits = written.replaceAll("[^\\d.,]", "").replace(',', '.');
        BigDecimal n = new BigDecimal(digits);
        boolean fraction = !written.matches(".*(%|percent|pct).*") && digits.contains(".") && n.compareTo(BigDecimal.ONE) <= 0;
        return plain(fraction ? n.movePointRight(2) : n) + "%";
    }

    private static final java.util.Map<String, String> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("one", "1"), java.util.Map.entry("two", "2"), java.util.Map.entry("three", "3"),
            java.util.Map.entry("four", "4"), java.util.Map.entry("five", "5"), java.util.Map.entry("six", "6"),
            java.util.Map.entry("seven", "7"), java.util.Map.entry("eight", "8"), java.util.Map.entry("nine", "9"),
            java.util.Map.entry("ten", "10"), java.util.Map.entry("eleven", "11"), java.util.Map.entry("twelve", "12"),
            java.util.Map.entry("fifteen", "15"), java.util.Map.entry("twenty", "20"), java.util.Map.entry("thirty", "30"),
            java.util.Map.entry("fifty", "50"), java.util.Map.entry("hundred", "100"));

    private static String count(String written) {
        return NUMBER_WORDS.getOrDefault(written, written.replace(",", ""));
    }

    /** The words around an unread condition, to quote back: from the word before it to the word after. */
    private static String around(String text, int start, int end) {
        int from = text.lastIndexOf(' ', Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 1)) - 1)) + 1;
        int to = text.indexOf(' ', Math.min(text.length(), end + 1));
        return text.substring(Math.max(0, from), to < 0 ? text.length() : to).strip();
    }

    /**
     * Lower case with contractions written out, currency signs, digit separators ("1,000", "1.000,50") and ranges
     * ("200-500") kept: the intent rules' normal form loses them all.
     */
    static String normalise(String question) {
        String text = Normalizer.normalize(question == null ? "" : question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-');
        text = text.replace("won't", "will not").replace("can't", "cannot").replaceAll("(\\w)n't\\b", "$1 not")
                .replaceAll("\\b(have|has|had|did|do|does)nt\\b", "$1 not").replaceAll("(\\w)'s\\b", "$1")
                .replaceAll("([\\d$€£¥k]) ?- ?(?=[$€£¥]?\\d)", "$1 to ");
        return text.replaceAll("[^\\p{L}\\p{N}%$€£¥.,+<>=≥≤' -]+", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ")
                .replaceAll("(?<!\\d),|,(?!\\d)", " , ").replaceAll("-", " ").replaceAll("\\s+", " ").strip();
    }

    private static String span(String n, String unit) {
        int count = Integer.parseInt(n);
        String singular = unit.replaceAll("s$", "");
        return count + " " + (count == 1 ? singular : singular + "s");
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static LocalDate lastOnOrBefore(LocalDate asOf, Month month) {
        LocalDate first = LocalDate.of(asOf.getYear(), month, 1);
        return first.isAfter(asOf) ? first.minusYears(1) : first;
    }
}
