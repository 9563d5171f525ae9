package com.scudo.assistant.internal;

import com.scudo.analytics.WorkspaceScores;
import com.scudo.assistant.Interpretation;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "How many support tickets came in last week?", "How many interactions did we have this month?": the contacts besides
 * orders (e-mail opens and clicks, site visits, support tickets, campaign responses) from the interactions the shop
 * sends, counted and split by kind; the kind a question names comes first.
 */
@Component
class InteractionShares {
    /** A kind's words in a sentence, and the words that name it in a question. */
    private record Kind(String one, String many, Pattern asked) {
        Kind(String one, String many, String asked) {
            this(one, many, Pattern.compile(asked));
        }
    }

    private static final Map<String, Kind> KINDS = new java.util.LinkedHashMap<>();

    static {
        KINDS.put("support_ticket", new Kind("support ticket", "support tickets", "\\b(tickets?|support|complaints?)\\b"));
        KINDS.put("email_open", new Kind("e-mail open", "e-mail opens", "\\b(opens|opened|open rates?)\\b"));
        KINDS.put("email_click", new Kind("e-mail click", "e-mail clicks", "\\b(clicks?|clicked)\\b"));
        KINDS.put("site_visit", new Kind("site visit", "site visits", "\\b(visits?|visited|visitors?)\\b"));
        KINDS.put("campaign_response", new Kind("campaign response", "campaign responses", "\\b(responses?|responded)\\b"));
    }

    /** When no window is named: the last 90 days, the window the engagement scores read. */
    static final int DEFAULT_DAYS = 90;

    private final WorkspaceScores scores;

    InteractionShares(WorkspaceScores scores) {
        this.scores = scores;
    }

    String sentence(AnswerContext ctx, Interpretation.Period period) {
        Interpretation.Period window = period != null ? period : ctx.lastDays(DEFAULT_DAYS);
        WorkspaceScores.Interactions all = scores.interactions(ctx.workspace(), ctx.figures().timeZone(), window.from(),
                window.until());
        String when = window.words() + (period == null ? " (" + ctx.span(window) + ")" : "");
        if (all.interactions() == 0) {
            return "No contact besides orders (e-mail opens and clicks, site visits, support tickets, campaign responses)"
                    + " was recorded " + when + "; they count once the shop sends them (POST /api/v1/interactions) or"
                    + " imports them.";
        }
        String question = Utterance.of(ctx.question()).text();
        StringBuilder s = new StringBuilder();
        // the kind the question names first: "how many support tickets" leads with the tickets, none among them too
        String asked = KINDS.entrySet().stream().filter(k -> k.getValue().asked().matcher(question).find())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (asked != null) {
            WorkspaceScores.InteractionCount named = all.byKind().stream().filter(k -> k.kind().equals(asked)).findFirst()
                    .orElse(new WorkspaceScores.InteractionCount(asked, 0, 0));
            s.append(Words.capitalise(count(named.interactions(), asked))).append(" from ")
                    .append(Words.count(named.customers(), "customer")).append(" ").append(when)
                    .append(". All contacts besides orders: ");
        } else {
            s.append("Contacts besides orders ").append(when).append(": ");
        }
        s.append(Words.count(all.interactions(), "contact")).append(" from ").append(Words.count(all.customers(), "customer"))
                .append(" (").append(Words.and(all.byKind().stream().map(k -> count(k.interactions(), k.kind())).toList()))
                .append(").");
        if (question.matches(".*\\b(open|click|click through) rates?\\b.*")) {
            s.append(" A rate needs the number of e-mails sent, which Scudo is not told; these are the opens and clicks it"
                    + " received.");
        }
        if (question.contains("open") && question.contains("ticket")) {
            s.append(" Whether a ticket is still open is not recorded, only that it was raised.");
        }
        return s.toString();
    }

    /** The kinds a question names, in the order above ("opened or clicked": both); empty when it names none. */
    static List<String> kindsAsked(String text) {
        return KINDS.entrySet().stream().filter(k -> k.getValue().asked().matcher(text).find()).map(Map.Entry::getKey)
                .toList();
    }

    /** "e-mail opens", "site visits": a kind's words. */
    static String many(String kind) {
        return KINDS.containsKey(kind) ? KINDS.get(kind).many() : kind.replace('_', ' ') + "s";
    }

    private static String count(long n, String kind) {
        Kind words = KINDS.getOrDefault(kind, new Kind(kind.replace('_', ' '), kind.replace('_', ' ') + "s", "$^"));
        return String.format(java.util.Locale.US, "%,d", n) + " " + (n == 1 ? words.one() : words.many());
    }
}
