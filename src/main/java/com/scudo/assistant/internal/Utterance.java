package com.scudo.assistant.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question in a form rules can read: lower-case words without punctuation, contractions spelled out,
 * possessives dropped ("David Kim's" is "david kim"), and any e-mail address or customer id taken out first
 * (they are references, not words).
 */
record Utterance(String raw, String text, List<String> tokens, String email, String customerId) {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Ids such as cust-001, C-1001 or cust_42: letters, a separator, digits. */
    private static final Pattern CUSTOMER_ID = Pattern.compile(
            "\\b(?!(?:top|next|last|first|within|in)[-_])[A-Za-z]{1,10}[-_]\\d{1,12}\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Numeric ids (Shopify's, a till's): "customer 12005", "customer id 7", "#12005", or five digits or more after words
     * that ask about someone ("why is 12005 at risk", "tell me about 6543210987"). Not a count, an amount ("whose spend
     * is 10000 or more", "a CLV of 10000"), a year or the view's name ("Customer 360").
     */
    private static final Pattern NUMBERED = Pattern.compile("\\b(?:customer|client|shopper|buyer)(?: id| number| no)?\\s*#?\\s*"
            + "(?!360\\b)(?<after>\\d{1,20})\\b(?!\\s*(?:%|orders?|days?|weeks?|months?|years?|customers?|times))|(?<![\\w$])#(?<hash>\\d{1,20})\\b"
            + "|\\b(?:(?:tell me|talk|info|information|details|more) about|show(?: me)?|profile of|analy[sz]e|explain|look up"
            + "|(?:why|how|when|what|where) (?:is|was|does|did|has|will))\\s+(?<bare>\\d{5,20})\\b"
            + "(?!\\s*(?:%|orders?|days?|weeks?|months?|years?|customers?|times|dollars|euros?|pounds?|usd|eur|gbp|[.,]\\d))",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("what's", "what is"), Map.entry("who's", "who is"), Map.entry("how's", "how is"),
            Map.entry("where's", "where is"), Map.entry("that's", "that is"), Map.entry("it's", "it is"),
            Map.entry("there's", "there is"), Map.entry("let's", "let us"), Map.entry("i'm", "i am"),
            Map.entry("don't", "do not"), Map.entry("doesn't", "does not"), Map.entry("isn't", "is not"),
            Map.entry("aren't", "are not"), Map.entry("haven't", "have not"), Map.entry("won't", "will not"),
            Map.entry("can't", "cannot"), Map.entry("who're", "who are"), Map.entry("they're", "they are"));

    static Utterance of(String question) {
        String raw = question == null ? "" : question.strip();
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'');
        String email = find(EMAIL, text);
        if (email != null) {
            text = text.replace(email, " ");
        }
        String id = find(CUSTOMER_ID, text);
        if (id != null) {
            text = text.replace(id, " ");
        } else {
            Matcher numbered = NUMBERED.matcher(text);
            while (numbered.find()) {
                String group = numbered.group("after") != null ? "after" : numbered.group("hash") != null ? "hash" : "bare";
                if (!numbered.group(group).matches("(19[7-9]|20\\d)\\d")) { // "best customer 2025" names a year
                    id = numbered.group(group);
                    text = text.substring(0, numbered.start(group)) + " " + text.substring(numbered.end(group));
                    break;
                }
            }
        }
        text = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> c : CONTRACTIONS.entrySet()) {
            text = text.replace(c.getKey(), c.getValue());
        }
        // typed without the apostrophe: "whats our churn rate", "hows the shop doing"
        text = text.replaceAll("\\b(what|how|who|where|that)s\\b", "$1 is");
        // the rest by rule: "hasn't" is "has not", "we've" "we have", "you're" "you are", "i'll" "i will"
        text = text.replaceAll("(\\w)n't\\b", "$1 not").replaceAll("(\\w)'ve\\b", "$1 have")
                .replaceAll("(\\w)'re\\b", "$1 are").replaceAll("(\\w)'ll\\b", "$1 will").replaceAll("(\\w)'m\\b", "$1 am")
                .replaceAll("(\\w)'d\\b", "$1 would");
        text = text.replaceAll("(\\w)'s\\b", "$1").replaceAll("(\\w)s'(\\s|$)", "$1s$2")
                .replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
        List<String> tokens = text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split(" ")));
        return new Utterance(raw, String.join(" ", tokens), List.copyOf(tokens), email,
                id == null ? null : id);
    }

    /** The same utterance with some words replaced (spelling fixes). */
    Utterance withTokens(List<String> newTokens) {
        return new Utterance(raw, String.join(" ", newTokens), List.copyOf(newTokens), email, customerId);
    }

    boolean isEmpty() {
        return tokens.isEmpty() && email == null && customerId == null;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }
}
