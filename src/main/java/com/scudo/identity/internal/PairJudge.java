package com.scudo.identity.internal;

import com.scudo.identity.Evidence;
import com.scudo.identity.MatchRule;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides what two candidates have in common. Exact keys (e-mail, E.164 phone, external id) are strong but not
 * blind: a shared e-mail or phone whose names disagree is a household or a shop's placeholder, so it is only
 * suggested (e-mail) or not linked at all (phone). A typo ("jonh") keeps names 0.96 alike; another first name
 * with the same surname ("joan" for "john") stays below 0.95, the fuzzy rules' bar. Names compare word by word (Monge-Elkan
 * over Jaro-Winkler), so word order does not matter and a shared surname alone does not make two people alike.
 */
final class PairJudge {
    /** Names at least this alike count as the same name for the fuzzy rules. */
    static final double SAME_NAME = 0.95;
    /** Every word of names on a shared phone must have a counterpart this alike: else "Brian" and "Brandon" Price. */
    static final double SAME_WORD = 0.88;
    /** Names on a shared phone must be this alike: below, it is a household's line. */
    static final double NAMES_AGREE = 0.85;
    /** Below this, names on a shared e-mail speak against one person: suggested, never merged by itself. */
    static final double NAMES_DIFFER = 0.70;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private PairJudge() {
    }

    static Optional<Evidence> judge(Prepared a, Prepared b) {
        Double names = a.name() == null || b.name() == null ? null : nameSimilarity(a.name(), b.name());
        String alike = names == null ? "a name is missing" : String.format(java.util.Locale.ROOT, "names %.2f alike", names);
        if (sharesExternalId(a, b)) {
            return Optional.of(new Evidence(MatchRule.EXTERNAL_ID, 1.0, true, "same external id; " + alike));
        }
        if (a.email() != null && a.email().equals(b.email())) {
            boolean agree = names == null || names >= NAMES_DIFFER;
            return Optional.of(new Evidence(MatchRule.EMAIL, agree ? 1.0 : names, agree,
                    "same e-mail; " + alike + (agree ? "" : ": a shared address?")));
        }
        if (a.phone() != null && a.phone().equals(b.phone())) {
            if (names == null || names >= NAMES_AGREE && weakestWord(a.name(), b.name()) >= SAME_WORD) {
                return Optional.of(new Evidence(MatchRule.PHONE, 1.0, true, "same phone (E.164); " + alike));
            }
            return Optional.empty(); // a household's shared line: "mary smith" and "john smith" are 0.75 alike
        }
        if (names == null || names < SAME_NAME) {
            return Optional.empty();
        }
        if (a.phone() != null && b.phone() != null) {
            return Optional.empty(); // two valid numbers that differ: namesakes, not one person
        }
        if (a.phoneTail() != null && a.phoneTail().equals(b.phoneTail())) {
            return Optional.of(new Evidence(MatchRule.NAME_PHONE, names, false,
                    alike + "; phone numbers end in the same 8 digits"));
        }
        if (a.city() != null && a.city().equals(b.city()) && Objects.equals(a.country(), b.country())) {
            return Optional.of(new Evidence(MatchRule.NAME_ADDRESS, names, false, alike + "; same city and country"));
        }
        if (a.emailUser() != null && a.emailUser().length() >= 4 && a.emailUser().equals(b.emailUser())) {
            return Optional.of(new Evidence(MatchRule.NAME_EMAIL_USER, names, false,
                    alike + "; same e-mail user name at another domain"));
        }
        return Optional.empty();
    }

    /** Symmetric Monge-Elkan: each word's best Jaro-Winkler match in the other name, averaged both ways. */
    static double nameSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return (oneWay(x, y) + oneWay(y, x)) / 2;
    }

    /** The least alike word of the shorter name with its best counterpart in the other. */
    static double weakestWord(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        String[] from = x.length <= y.length ? x : y;
        String[] to = from == x ? y : x;
        double weakest = 1;
        for (String word : from) {
            double best = 0;
            for (String other : to) {
                best = Math.max(best, JW.apply(word, other));
            }
            weakest = Math.min(weakest, best);
        }
        return weakest;
    }

    private static double oneWay(String[] from, String[] to) {
        double sum = 0;
        for (String word : from) {
            double best = 0;
            for (String other : to) {
                best = Math.max(best, JW.apply(word, other));
            }
            sum += best;
        }
        return sum / from.length;
    }

    private static boolean sharesExternalId(Prepared a, Prepared b) {
        if (a.externalIds().isEmpty() || b.externalIds().isEmpty()) {
            return false;
        }
        for (String id : a.externalIds()) {
            if (b.externalIds().contains(id)) {
                return true;
            }
        }
        return false;
    }
}
