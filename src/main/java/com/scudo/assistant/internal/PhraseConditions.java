package com.scudo.assistant.internal;

import com.scudo.assistant.Interpretation;
import com.scudo.assistant.internal.AttributeFilters.Part;
import com.scudo.shared.Figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conditions a list question names in words rather than with a figure: consent to marketing e-mail, an e-mail
 * address, discounts used, spend going down or up, never ordered, not ordered in a period, an RFM code. Each phrase
 * is one condition on one catalogue field and the words said back; {@link AttributeFilters} reads the rest.
 */
final class PhraseConditions {
    /** "customers who have an email", "without an e-mail address". */
    private static final Pattern HAS_EMAIL = Pattern.compile("\\b(?:with|who have|that have|having|who has"
            + "|(?<=customers |clients )have) (?:an? )?e-?mail(?: address(?:es)?)?\\b(?! marketing| consent| opt)");
    private static final Pattern NO_EMAIL = Pattern.compile("\\b(?:without|with no|who have no|that have no|missing|lacking)"
            + " (?:an? )?e-?mail(?: address(?:es)?)?\\b(?! marketing| consent| opt)");
    /** "whose spend is dropping", "customers spending less": the last 180 days against the 180 before ({@code spend_trend}). */
    private static final Pattern SPEND_FALLING = Pattern.compile("\\b(?:(?:whose|with|where|that have|who have) (?:a |their )?"
            + "(?:spend|spending|purchases|orders|ordering|buying|sales|revenue)(?: is| are| has| have)? (?:been )?(?:dropping"
            + "|falling|declining|decreasing|shrinking|going down|slowing(?: down)?|dropped|fallen|declined|decreased|shrunk|down)"
            + "|(?:who are |that are |who have been )?(?:spending|buying|ordering) less(?: than (?:before|they used to|last year))?"
            + "|(?:dropping|falling|declining|decreasing|shrinking) (?:spend|spending|spenders|purchases|orders|sales))\\b");
    /** "whose spend is growing", "customers spending more". */
    private static final Pattern SPEND_RISING = Pattern.compile("\\b(?:(?:whose|with|where|that have|who have) (?:a |their )?"
            + "(?:spend|spending|purchases|orders|ordering|buying|sales|revenue)(?: is| are| has| have)? (?:been )?(?:growing"
            + "|rising|increasing|going up|grown|risen|increased|up)"
            + "|(?:who are |that are |who have been )?(?:spending|buying|ordering) more(?: than (?:before|they used to|last year))?"
            + "|(?:growing|rising|increasing) (?:spend|spending|spenders|purchases|orders|sales))\\b");
    /** "who opted in to e-mail", "newsletter subscribers", "who accept marketing": consent to marketing e-mail. */
    private static final Pattern OPTED_OUT = Pattern.compile("\\b(?:(?:who |that )?(?:have |has )?(?:not opted in|opted out|not "
            + "subscribed|unsubscribed|do not accept marketing|don't accept marketing|did not opt in)(?: (?:to|of|from|for) "
            + "(?:our |the )?(?:e-?mails?|e-?mail marketing|marketing(?: e-?mails?)?|newsletters?|mailing list))?"
            + "|(?:without|with no) (?:e-?mail |marketing )?(?:consent|opt-?in))\\b");
    private static final Pattern OPTED_IN = Pattern.compile("\\b(?:(?:who |that )?(?:have |has )?(?:opted in|opted-in|signed up"
            + "|subscribed|agreed|consented)(?: (?:to|for) (?:our |the |receive |receiving )?(?:e-?mails?|e-?mail marketing"
            + "|marketing(?: e-?mails?)?|newsletters?|mailing list|e-?mail))"
            + "|(?:who |that )?(?:accept|accepts|accepted) (?:e-?mail )?marketing(?: e-?mails?)?"
            + "|(?:newsletter|mailing list|e-?mail) subscribers|subscribed to (?:our |the )?(?:newsletters?|mailing list)"
            + "|(?:with |who gave )(?:e-?mail |marketing )?(?:consent|opt-?in)"
            + "|(?:(?:who|that) )?(?:we|i) (?:can|may|are allowed to|am allowed to) (?:still )?e-?mail"
            + "|(?:can|may) (?:we|i) (?:still )?e-?mail)\\b");
    /** "who used a discount", "customers who redeemed a coupon"; "never used a discount" is the opposite. */
    private static final Pattern NEVER_DISCOUNT = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:never|not|did not|didn't"
            + "|have not|haven't) (?:used|use|redeemed|applied|bought with|ordered with|had) (?:a |any )?(?:discounts?|coupons?"
            + "|vouchers?|promo(?:tion)?(?: code)?s?|discount codes?)\\b|\\bwithout (?:a |any )?(?:discounts?|coupons?)\\b");
    private static final Pattern USED_DISCOUNT = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:used|use|uses|redeemed"
            + "|applied|bought with|ordered with|got|had|paid with) (?:a |any |an? )?(?:discounts?|coupons?|vouchers?|promo(?:tion)?"
            + "(?: code)?s?|discount codes?)\\b|\\b(?:bought|ordered|purchased|shopped) (?:on|at a|with a) (?:discount|sale)\\b");
    /** "who haven't bought anything this year", "not ordered since March": their last order is before the period. */
    private static final Pattern NOT_IN_PERIOD = Pattern.compile("\\b(?:who |that )?(?:have|has|did) not (?:ordered|bought"
            + "|purchased|shopped|order|buy|purchase|shop)(?: anything| again)? (?<when>this (?:week|month|quarter|year)"
            + "|since (?:black friday|cyber monday|christmas|new year|(?:" + TimeWords.MONTHS + ")(?: (?:19|20)\\d\\d)?))\\b");
    /** "which customers have never ordered": a customer record without a purchase. */
    private static final Pattern NEVER_ORDERED = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:never|not yet|not ever)"
            + " (?:ordered|bought|purchased|shopped|placed an order|made a purchase)(?! again| since| in| this)(?: anything)?\\b"
            + "|\\b(?:with no |without (?:any )?)orders?(?: yet)?\\b");
    /** "customers with RFM 555", "rfm score of 155": the RFM code. */
    /** "holiday shoppers", "who buy during the holidays": most of their orders in the holiday season. */
    private static final Pattern HOLIDAY_BUYERS = Pattern.compile("\\b(?:holiday|christmas|seasonal) (?:shoppers|buyers"
            + "|customers)\\b|\\b(?:who |that )?(?:mostly |mainly |only |usually )?(?:buy|buys|shop|shops|order|orders|bought"
            + "|shopped|ordered) (?:mostly |mainly |only |usually )?(?:during|over|at|around|for|in) (?:the )?(?:holidays"
            + "|holiday season|christmas)\\b");
    private static final Pattern RFM_CODE = Pattern.compile("\\b(?:with |whose )?(?:an? )?rfm(?: score| code| segment)?"
            + "(?: of| is| =)? ?(?<code>[1-5]{3})\\b");

    private PhraseConditions() {
    }

    static void find(String text, Figures figures, LocalDate asOf, List<AttributeFilters.Found> found) {
        add(NO_EMAIL, text, found, m -> new Part("email is null", "without an e-mail address"));
        add(HAS_EMAIL, text, found, m -> new Part("email is not null", "with an e-mail address"));
        if (!add(NEVER_DISCOUNT, text, found, m -> new Part("discount_rate = 0", "who never ordered with a discount"))) {
            add(USED_DISCOUNT, text, found, m -> new Part("discount_rate > 0", "who ordered with a discount"));
        }
        if (!add(OPTED_OUT, text, found, m -> new Part("email_opt_in = \"no\"", "who have not agreed to marketing e-mail"))) {
            add(OPTED_IN, text, found, m -> new Part("email_opt_in = \"yes\"", "who agreed to marketing e-mail"));
        }
        add(SPEND_FALLING, text, found, m -> new Part("spend_trend < 1",
                "who spent less in the last 180 days than in the 180 days before"));
        add(SPEND_RISING, text, found, m -> new Part("spend_trend > 1",
                "who spent more in the last 180 days than in the 180 days before"));
        add(NEVER_ORDERED, text, found, m -> new Part("orders = 0", "who have never ordered"));
        add(HOLIDAY_BUYERS, text, found, m -> new Part("holiday_share >= 50%",
                "who place half their orders or more in the holiday season"));
        add(RFM_CODE, text, found, m -> new Part("rfm = \"" + m.group("code") + "\"", "with RFM " + m.group("code")));
        add(NOT_IN_PERIOD, text, found, m -> {
            String when = m.group("when");
            // "since march" is a month to TimeWords when written "in march": the first day is what counts here
            Optional<Interpretation.Period> period = TimeWords.find(when, asOf, figures.timeZone())
                    .or(() -> TimeWords.find(when.replaceFirst("^since ", "in "), asOf, figures.timeZone()));
            return period.map(p -> new Part("last_order < " + p.from(),
                    "who have not ordered " + when + " (last order before " + figures.date(p.from()) + ")")).orElse(null);
        });
    }

    /** Each match of {@code phrase} as the condition {@code part} makes of it (none for null); whether any was found. */
    private static boolean add(Pattern phrase, String text, List<AttributeFilters.Found> found, Function<Matcher, Part> part) {
        boolean any = false;
        for (Matcher m = phrase.matcher(text); m.find(); ) {
            Part p = part.apply(m);
            if (p != null) {
                found.add(new AttributeFilters.Found(m.start(), m.end(), p));
                any = true;
            }
        }
        return any;
    }
}
