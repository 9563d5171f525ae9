package com.scudo.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a merchant asks the meaning of ("What does CLV mean?", "How is churn calculated?", "the difference between
 * at risk and dormant"), each with its key; and "how do I import my orders?". The answers are {@link GlossaryAnswers}'.
 */
final class GlossaryTerms {
    /** Each key's words, checked in this order (the longer phrases first). */
    private static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("revenue_at_risk", "revenue at risk|value at (risk|stake)");
        TERMS.put("repeat_rate", "repeat (purchase |customer |order )?rate");
        TERMS.put("p_alive", "p ?alive|probability (of being )?alive|chance (of being )?alive");
        TERMS.put("expected_orders", "expected orders?");
        TERMS.put("next_order", "next order( date)?");
        TERMS.put("clv", "clv|ltv|(customer )?lifetime value|predicted (12 month )?value");
        TERMS.put("churn", "churn( risk| rate| probability| score)?|attrition");
        TERMS.put("rfm", "rfm( scores?| codes?| groups?)?|recency|frequency|monetary( value)?");
        TERMS.put("at_risk", "at risk( customers| stage)?");
        TERMS.put("dormant", "dormant( customers| stage)?");
        TERMS.put("vip", "vips?( customers| stage)?");
        TERMS.put("lifecycle", "lifecycle( stages?)?|(customer )?stages");
        TERMS.put("engagement", "engagement( score)?");
        TERMS.put("aov", "aov|average order value");
        TERMS.put("segments", "segments?|segmentation");
    }

    /** Each key's words, compiled once. */
    private static final Map<String, Pattern> TERM_PATTERNS = new LinkedHashMap<>();

    static {
        TERMS.forEach((key, words) -> TERM_PATTERNS.put(key, Pattern.compile("\\b(" + words + ")\\b")));
    }

    private static final String ANY = "(?:" + String.join("|", TERMS.values()) + ")";
    /** "How do I import my orders?": getting data in, not a word's meaning. */
    private static final String IMPORT_WORDS = "\\bhow (do|can|should|would) (i|we|you) (import|upload|load|bring in|add"
            + "|send|get|connect|sync)\\b";
    /** The phrasings of a question about a word's meaning, or about getting data in. */
    static final String WORDS = "\\b(what|how) (does|do) (the |a |an )?" + ANY + "( score| stage| label| segment| figure"
            + "| number)? (mean|stand for|work)\\b"
            + "|^(so |and |ok )?what (is|are) (a |an )?" + ANY + "$"
            + "|\\bhow (is|are) (the |a |an |your |our |my )?" + ANY + "( scores?| risks?| values?| figures?| stages?)?"
            + " (calculated|computed|worked out|determined|measured|defined|predicted|estimated|scored|decided|assigned"
            + "|chosen|set)\\b"
            // "explain" alone: "explain Sarah Chen's RFM score" is about her
            + "|\\b(definition of|meaning of|what is meant by) (the |a |an )?" + ANY + "\\b"
            + "|^(please )?(define|explain) (the |a |an )?" + ANY + "( scores?| codes?)?$"
            + "|\\bdifference between (the )?" + ANY + " and (the )?" + ANY + "\\b"
            + "|" + IMPORT_WORDS + ".*\\b(orders?|customers?|data|history|shopify|csv|files?|store|shop)\\b";
    private static final Pattern IMPORT = Pattern.compile(IMPORT_WORDS);

    private GlossaryTerms() {
    }

    /** The keys the question asks about, in its order ("at_risk,dormant"); "import" for getting data in. */
    static String keys(String text) {
        if (IMPORT.matcher(text).find()) {
            return "import";
        }
        List<int[]> found = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Pattern> term : TERM_PATTERNS.entrySet()) {
            Matcher m = term.getValue().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().noneMatch(f -> start < f[1] && end > f[0])) {
                    found.add(new int[]{start, end, keys.size()});
                    keys.add(term.getKey());
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(f -> f[0]));
        return found.isEmpty() ? null : String.join(",", found.stream().map(f -> keys.get(f[2])).distinct().toList());
    }
}
