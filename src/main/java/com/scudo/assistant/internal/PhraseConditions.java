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
            + "|have not|haven't) (?:used|use|redeemed|applied|bought with|ordered with|had) (?:a |any )?(?:discount codes?"
            + "|discounts?|coupons?"
            + "|vouchers?|promo(?:tion)?(?: code)?s?)\\b|\\bwithout (?:a |any )?(?:discounts?|coupons?)\\b");
    private static final Pattern USED_DISCOUNT = Pattern.compile("\\b(?:who |that )?(?:have |has )?(?:used|use|uses|redeemed"
            + "|applied|bought with|ordered with|got|had|paid with) (?:a |any |an? )?(?:discount codes?|discounts?|coupons?"
            + "|vouchers?|promo(?:tion)?(?: code)?s?)\\b|\\b(?:bought|ordered|purchased|shopped) (?:on|at a|with a) (?:discount|sale)\\b");
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

    /** "most likely to respond to a discount", "price-sensitive customers", "deal seekers": discounts half the time. */
    private static final Pattern DISCOUNT_LOVERS = Pattern.compile("\\b(?:respond|responds|react|reacts|responsive) to"
            + " (?:a |an |any )?(?:discounts?|coupons?|offers?|sales?|promotions?)\\b|\\b(?:price|discount|deal)[ -]?sensitive\\b"
            + "|\\b(?:deal|bargain) (?:seekers|hunters)\\b|\\b(?:love|loves|like|likes|wait for|waits for) (?:a )?(?:discounts?"
            + "|sales?|deals?|bargains?)\\b");
    /** "business customers", "B2B clients": a company on the profile; "private customers" none. */
    private static final Pattern BUSINESS = Pattern.compile("\\b(?:business|b2b|corporate|company|trade) (?:customers|clients"
            + "|accounts)\\b(?! segment)|\\b(?:customers|clients|buyers) (?:with|that have|who have) a company\\b");
    private static final Pattern PRIVATE = Pattern.compile("\\b(?:private|consumer|individual|b2c|retail) (?:customers|clients"
            + "|buyers|shoppers)\\b|\\bconsumers\\b");
    /** "tagged wholesale", "with the tag vip-list": one of the customer's tags. */
    private static final Pattern TAGGED = Pattern.compile("\\b(?:tagged|labell?ed|with (?:the )?tags?)(?: as| with)?"
            + " (?<tag>(?!(?:as|with|the|a|an|and|or|in|who|that)\\b)[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,40})\\b");
    /** "who order every month", "customers who buy once a week": the average gap between their orders at most that. */
    private static final Pattern EVERY = Pattern.compile("\\b(?:order|orders|buy|buys|shop|shops|purchase|purchases"
            + "|come back|comes back)(?: from us)? (?:about |roughly |around |at least |more than )?(?:every|each|once a|once"
            + " every) (?:(?<n>\\d{1,3}|two|three|four|six) )?(?<unit>days?|weeks?|fortnight|months?|quarter|years?)\\b");

    private PhraseConditions() {
    }

    static void find(String text, Figures figures, LocalDate asOf, List<AttributeFilters.Found> found) {
        add(NO_EMAIL, text, found, m -> new Part("email is null", "without an e-mail address"));
        add(HAS_EMAIL, text, found, m -> new Part("email is not null", "with an e-mail address"));
        add(BUSINESS, text, found, m -> new Part("company is not null", "with a company on their profile"));
        add(PRIVATE, text, found, m -> new Part("company is null", "without a company on their profile"));
        add(TAGGED, text, found, m -> new Part("tags = " + Words.literal(m.group("tag")), "tagged " + m.group("tag")));
        add(EVERY, text, found, m -> {
            int n = m.group("n") == null ? 1 : m.group("n").matches("\\d+") ? Integer.parseInt(m.group("n"))
                    : java.util.Map.of("two", 2, "three", 3, "four", 4, "six", 6).get(m.group("n"));
            int days = n * switch (m.group("unit").replaceAll("s$", "")) {
                case "day" -> 1;
                case "week" -> 7;
                case "fortnight" -> 14;
                case "quarter" -> 92;
                case "year" -> 366;
                default -> 31;
            };
            return new Part("avg_days_between_orders <= " + days, "who order every " + days + " days or more often"
                    + " on average");
        });
        if (!add(DISCOUNT_LOVERS, text, found, m -> new Part("discount_rate >= 50%",
                "who order with a discount half the time or more"))
                && !add(NEVER_DISCOUNT, text, found, m -> new Part("discount_rate = 0", "who never ordered with a discount"))) {
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
