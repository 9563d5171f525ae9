package com.scudo.assistant.internal;

import com.scudo.shared.Figures;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The attributes a customer-list question names, as filter-language conditions: where customers live ("customers from
 * New York", "who lives in Leeds"), what they spent ("spent more than $1,000", "average order above $100"), how often
 * they ordered ("with more than 5 orders", "ordered only once"), when ("have not ordered in 90 days", "ordered in the
 * last 30 days", "since March") and their scores ("churn above 50%", "CLV over $2,000"). Pure Java: each phrase is a
 * condition on one catalogue field and the words said back ("who spent more than $1,000"); what is left of the question
 * is returned for the intent rules to read (its lists: VIP, at risk, ...).
 */
final class AttributeFilters {

    /** One condition and how the answer says it. */
    record Part(String filter, String words) {
    }

    /**
     * @param parts     the conditions found, in the order of the question
     * @param remainder the question without the phrases that made them
     * @param notes     what the answer must add (an amount in another currency than the reporting one)
     */
    record Translation(List<Part> parts, String remainder, List<String> notes) {
        boolean isEmpty() {
            return parts.isEmpty();
        }
    }

    private static final String AMOUNT = "([$€£]|usd |eur |gbp )?\\s?(\\d+(?:\\.\\d+)?)\\s?(k\\b)?\\s?([$€£]|usd\\b|eur\\b|gbp\\b"
            + "|dollars?\\b|euros?\\b|pounds?\\b)?";
    private static final String MORE_OR_LESS = "(more than|over|above|greater than|higher than|at least|less than|under|below"
            + "|lower than|fewer than|at most|>=|<=|>|<)";
    private static final Pattern SPENT = Pattern.compile("\\b(?:who |that |which )?(?:have |has |had )?(?:spent|spend|spends"
            + "|spending)(?: a total of| in total| total)? " + MORE_OR_LESS + " " + AMOUNT);
    private static final Pattern AOV = Pattern.compile("\\b(?:with |whose |an? )?(?:average order(?: value)?|aov|average basket"
            + "(?: size)?)(?: of| is| is at| at)? " + MORE_OR_LESS + " " + AMOUNT);
    private static final Pattern CLV = Pattern.compile("\\b(?:with |whose |an? )?(?:clv|ltv|lifetime value|predicted value"
            + "|customer lifetime value)(?: of| is)? " + MORE_OR_LESS + " " + AMOUNT);
    private static final Pattern CHURN = Pattern.compile("\\b(?:with |whose |an? )?churn(?: risk| rate| probability)?"
            + "(?: of| is)? " + MORE_OR_LESS + " (\\d{1,3}(?:\\.\\d+)?) ?(%|percent)");
    private static final Pattern ORDER_COUNT = Pattern.compile("\\b(?:with |who placed |who made |who have |that have |who has "
            + "|having )?" + MORE_OR_LESS + " (\\d{1,6}) orders?\\b");
    private static final Pattern TIMES = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:ordered|bought|purchased"
            + "|shopped) " + MORE_OR_LESS + " (\\d{1,6}) times\\b");
    private static final Pattern ONCE = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:only |just )?(?:ordered|bought"
            + "|purchased|shopped) (?:only |just )?once\\b|\\b(?:with |who placed |who have |who made )?(?:only|just) (?:one|1) orders?\\b");
    private static final Pattern NOT_SINCE_DAYS = Pattern.compile("\\b(?:who |that )?(?:have|has|did) not (?:ordered|bought"
            + "|purchased|shopped|order|buy|purchase|shop)(?: anything)? (?:in|for|within) (?:the )?(?:last |past )?(\\d{1,4}) "
            + "(days?|weeks?|months?|years?)\\b");
    private static final Pattern WITHIN_DAYS = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:ordered|bought|purchased"
            + "|shopped)(?: anything| something)? (?:in|within|during) (?:the )?(?:last|past) (\\d{1,4}) (days?|weeks?|months?|years?)\\b");
    private static final Pattern SINCE_MONTH = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:(?:ordered|bought|purchased"
            + "|shopped) )?since (january|february|march|april|may|june|july|august|september|october|november|december)"
            + "(?: (\\d{4}))?\\b");
    /** A place follows words that say where customers are; it ends at the first word that is not part of a name. */
    private static final Pattern PLACE = Pattern.compile("\\b(?:(?:customers|clients|buyers|shoppers|people|vips|ones|anyone"
            + "|everyone|those|who are|that are|who is) (?:who are |that are )?(?:from|in|based in|located in|living in)"
            + "|(?:lives?|living|based|located|who are from|that are from) in|(?:lives?|comes?) from) ([a-z][a-z .'-]*)");
    private static final java.util.Set<String> NOT_A_PLACE = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "who", "with", "whose",
            "that", "which", "and", "or", "but", "since", "segment", "stage", "total", "recent", "last", "past", "next",
            "the", "a", "an", "risk", "danger", "trouble", "general");
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "usd", "USD", "eur",
            "EUR", "gbp", "GBP", "dollar", "USD", "euro", "EUR", "pound", "GBP");

    private AttributeFilters() {
    }

    /**
     * The conditions a question names, read against the workspace's figures (its reporting currency) and the score date;
     * {@code segmentWords} says whether words name a segment (then they are no place).
     */
    static Translation translate(String question, Figures figures, LocalDate asOf,
                                 java.util.function.Predicate<List<String>> segmentWords) {
        String text = normalise(question);
        List<Found> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        money(text, SPENT, "total_spent", "who spent", figures, found, notes);
        money(text, AOV, "aov", "with an average order value of", figures, found, notes);
        money(text, CLV, "clv", "with a predicted 12-month value (CLV) of", figures, found, notes);
        for (Matcher m = CHURN.matcher(text); m.find(); ) {
            String op = operator(m.group(1));
            found.add(new Found(m.start(), m.end(), new Part("churn " + op + " " + plain(m.group(2)) + "%",
                    "with a churn risk of " + said(op) + " " + plain(m.group(2)) + "%")));
        }
        for (Matcher m = ORDER_COUNT.matcher(text); m.find(); ) {
            String op = operator(m.group(1));
            int n = Integer.parseInt(m.group(2));
            found.add(new Found(m.start(), m.end(), new Part("orders " + op + " " + n,
                    "with " + said(op) + " " + Words.count(n, "order"))));
        }
        for (Matcher m = TIMES.matcher(text); m.find(); ) {
            String op = operator(m.group(1));
            int n = Integer.parseInt(m.group(2));
            found.add(new Found(m.start(), m.end(), new Part("orders " + op + " " + n,
                    "with " + said(op) + " " + Words.count(n, "order"))));
        }
        for (Matcher m = ONCE.matcher(text); m.find(); ) {
            found.add(new Found(m.start(), m.end(), new Part("orders = 1", "who ordered only once")));
        }
        for (Matcher m = NOT_SINCE_DAYS.matcher(text); m.find(); ) {
            String span = span(m.group(1), m.group(2));
            found.add(new Found(m.start(), m.end(), new Part("last_order < " + span + " ago",
                    "who have not ordered in the last " + span)));
        }
        for (Matcher m = WITHIN_DAYS.matcher(text); m.find(); ) {
            String span = span(m.group(1), m.group(2));
            found.add(new Found(m.start(), m.end(), new Part("last_order >= " + span + " ago",
                    "who ordered in the last " + span)));
        }
        for (Matcher m = SINCE_MONTH.matcher(text); m.find(); ) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate from = m.group(2) != null ? LocalDate.of(Integer.parseInt(m.group(2)), month, 1)
                    : lastOnOrBefore(asOf, month);
            found.add(new Found(m.start(), m.end(), new Part("last_order >= " + from,
                    "who ordered since " + figures.date(from))));
        }
        for (Matcher m = PLACE.matcher(text); m.find(); ) {
            List<String> words = new ArrayList<>();
            String[] candidates = m.group(1).trim().split(" ");
            // "from the UK", "in the Netherlands": the article is no part of the name (the profile says "UK")
            int first = candidates.length > 1 && candidates[0].equals("the") ? 1 : 0;
            for (String w : Arrays.copyOfRange(candidates, first, candidates.length)) {
                if (w.isEmpty() || NOT_A_PLACE.contains(w) || IntentRules.NOT_A_NAME.contains(w)) {
                    break;
                }
                words.add(w);
            }
            if (words.isEmpty() || segmentWords.test(words)) {
                continue;
            }
            String place = asWritten(question, words);
            String literal = Words.literal(place);
            int end = m.start(1) + m.group(1).indexOf(words.get(words.size() - 1)) + words.get(words.size() - 1).length();
            // A profile may hold the code of a state or country the question names in full ("CA", "GB").
            String codes = PlaceCodes.usState(place).map(code -> " or region = " + Words.literal(code)).orElse("")
                    + PlaceCodes.country(place).map(code -> " or country = " + Words.literal(code)).orElse("");
            found.add(new Found(m.start(), end, new Part("(city = " + literal + " or region = " + literal
                    + " or country = " + literal + codes + ")", "in " + place)));
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
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
        return new Translation(kept.stream().map(Found::part).toList(), remainder.toString().replaceAll("\\s+", " ").strip(),
                List.copyOf(notes));
    }

    /** The place as the question writes it ("UK", "New York"); capitalised when written all in lower case. */
    private static String asWritten(String question, List<String> words) {
        Matcher m = Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("[\\s-]+")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(question);
        String written = m.find() ? m.group() : String.join(" ", words);
        return written.equals(written.toLowerCase(Locale.ROOT))
                ? Arrays.stream(written.split(" ")).map(Words::capitalise).collect(Collectors.joining(" ")) : written;
    }

    private record Found(int start, int end, Part part) {
    }

    /**
     * Lower case with contractions written out, thousands separators dropped ("$1,000" is "$1000") and currency signs
     * kept: the intent rules' normal form loses both.
     */
    static String normalise(String question) {
        String text = Normalizer.normalize(question == null ? "" : question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
        text = text.replaceAll("(\\d),(\\d{3})\\b", "$1$2").replaceAll("(\\d),(\\d{3})\\b", "$1$2")
                .replace("won't", "will not").replace("can't", "cannot").replaceAll("(\\w)n't\\b", "$1 not")
                .replaceAll("(\\w)'s\\b", "$1");
        return text.replaceAll("[^\\p{L}\\p{N}%$€£.<>=' -]+", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ")
                .replaceAll("-", " ").replaceAll("\\s+", " ").strip();
    }

    private static void money(String text, Pattern pattern, String field, String verb, Figures figures, List<Found> found,
                              List<String> notes) {
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            String op = operator(m.group(1));
            BigDecimal amount = new BigDecimal(m.group(3));
            if (m.group(4) != null) {
                amount = amount.multiply(BigDecimal.valueOf(1000));
            }
            String sign = m.group(2) != null ? m.group(2).strip() : m.group(5);
            String code = sign == null ? null : SYMBOLS.get(sign.replaceAll("s$", ""));
            if (code != null && !code.equals(figures.currency())) {
                notes.add("You wrote the amount in " + currencyName(code) + "; I compared it as " + figures.money(amount)
                        + ", in " + currencyName(figures.currency()) + ", the reporting currency, without converting it.");
            }
            found.add(new Found(m.start(), m.end(), new Part(field + " " + op + " " + plain(amount),
                    verb + " " + said(op) + " " + figures.money(amount))));
        }
    }

    private static String currencyName(String code) {
        return Currency.getInstance(code).getDisplayName(Locale.ENGLISH) + " (" + code + ")";
    }

    private static String operator(String words) {
        return switch (words) {
            case "at least", ">=" -> ">=";
            case "at most", "<=" -> "<=";
            case "less than", "under", "below", "lower than", "fewer than", "<" -> "<";
            default -> ">";
        };
    }

    private static String said(String op) {
        return switch (op) {
            case ">=" -> "at least";
            case "<=" -> "at most";
            case "<" -> "less than";
            default -> "more than";
        };
    }

    private static String span(String n, String unit) {
        int count = Integer.parseInt(n);
        String singular = unit.replaceAll("s$", "");
        return count + " " + (count == 1 ? singular : singular + "s");
    }

    private static String plain(String number) {
        return plain(new BigDecimal(number));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static LocalDate lastOnOrBefore(LocalDate asOf, Month month) {
        LocalDate first = LocalDate.of(asOf.getYear(), month, 1);
        return first.isAfter(asOf) ? first.minusYears(1) : first;
    }
}
