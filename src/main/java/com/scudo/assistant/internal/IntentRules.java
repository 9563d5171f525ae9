package com.scudo.assistant.internal;

import com.scudo.assistant.Intent;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each intent sounds like: weighted cue patterns over the normalised question, and the reference the
 * intent cannot do without. The recogniser adds the weights of the cues present; the table is the only
 * place that knows English phrasing, so a new paraphrase is one line here.
 */
final class IntentRules {

    /** What an intent needs from the question. */
    enum Needs { NOTHING, CUSTOMER, SEGMENT }

    record Cue(Pattern pattern, double weight) {
    }

    /** A cue at least this heavy names the intent; lighter ones only add to a reading another cue has made. */
    static final double STRONG = 2;

    record Rule(Intent intent, Needs needs, List<Cue> cues) {
    }

    /** The shop's average order value: "what's our AOV", "average basket size", "revenue per order". */
    static final String AOV_WORDS = "\\b(average order value|aov|(median|typical) (order|basket)( size| value)?"
            + "|average (order|basket)( size| value)?"
            + "|basket size|(spend|spent|value|revenue) per order)\\b";
    /** How the customers split across the lifecycle stages: "each lifecycle stage", "percentage of customers". */
    static final String LIFECYCLE_MIX_WORDS = "\\b(lifecycle|life cycle) stages?\\b|\\b(each|every|per|by) stage\\b"
            + "|\\b(percentage|percent|share|proportion|fraction) of (my |our |the |all )?customers\\b";
    /** Customers with more than one order among those who ordered. */
    static final String REPEAT_RATE_WORDS = "\\b(repeat|returning|repurchase)( purchase| customer| buyer| order)?s? rates?\\b"
            + "|\\b(percentage|percent|share|proportion) of (repeat|returning) (customers|buyers)\\b"
            + "|\\bhow many customers (came back|returned|ordered again|bought again|order again|buy again)\\b";
    /** The days between a customer's orders. */
    static final String ORDER_GAP_WORDS = "\\b(time|days|gap|interval|period)s? between (orders|purchases)\\b"
            + "|\\bhow often do (customers|people|buyers|shoppers|they) (order|buy|shop|purchase|come back)\\b"
            + "|\\b(purchase|order|buying) (frequency|cycle|interval)\\b";
    /** Revenue by product category: "which categories sell best", "best-selling products". */
    static final String BEST_SELLING_WORDS = "\\b(categories|category|products?|items?) (sell|sells|selling|sold)"
            + " (best|the most|most|well)\\b|\\b(best|top)[ -]?(selling|sellers?)\\b|\\b(top|best|most popular|popular)"
            + " (categories|products|items)\\b|\\b(revenue|sales) (by|per) (product )?categor(y|ies)\\b"
            + "|\\bwhich (categories|products|items)\\b.*\\b(most|best)\\b"
            + "|\\bwhat (sold|sells|is selling|was selling|has sold)( the)? (best|most|well)\\b"
            + "|\\bwhat (do|does) (our |my |the )?([a-z-]+ ){0,2}(customers|buyers|clients|shoppers|vips) (usually |mostly "
            + "|typically |often |tend to |like to )?(buy|order|purchase)\\b";

    /** After a shop-wide figure: not when a list or segment follows ("the average churn of VIP customers" is theirs). */
    static final String NOT_OF_A_LIST = "(?!.*\\b(of|for|among|in|with) (the |our |my )?(vips?|at risk|at-risk|dormant|new|active"
            + "|lapsed|loyal|one time|one-time|inactive)\\b)";
    /** What a customer who has ordered brought in on average: "average revenue per customer", "ARPU". */
    static final String REVENUE_PER_CUSTOMER_WORDS = "\\b(revenue|sales|spend|spending|income|turnover|value) (per|a|each"
            + "|by the average) (customer|client|buyer|shopper)\\b|\\barpu\\b|\\baverage (customer )?(spend|spending)"
            + " per (customer|client|buyer)\\b|\\bhow much (does|do) (the |an |our )?(average |typical )?(customer|client"
            + "|buyer)s? spend\\b";
    /** How many customers the shop should expect to lose: the sum of the churn risks. */
    static final String EXPECTED_CHURN_WORDS = "\\bhow many (of (our |my |the )?)?(customers|clients|buyers|shoppers) (will|are going"
            + " to|might|may|could|are likely to|are expected to|do we expect to|should we expect to)( we)? (lose|churn|leave"
            + "|stop buying|stop ordering|lapse|go dormant)\\b|\\bhow many (customers|clients|buyers) (are we|will we) (going to )?"
            + "lose\\b|\\b(expected|predicted|forecast) (number of )?(churners|churned customers|lost customers)\\b";
    /** How the shop's scores moved: "how is churn trending", "is churn going up", "how has our CLV changed". */
    static final String SCORE_TREND_WORDS = "^(?!.*\\b(which|who|whose)\\b).*?(\\b(churn|churn risk|churn rate|attrition"
            + "|at risk|at-risk|clv|ltv|lifetime value|predicted value|dormant|retention)\\b.*\\b(trend\\w*|going (up|down)|gone (up|down)|went (up|down)|rising|risen"
            + "|rose|falling|fallen|fell|increas\\w*|decreas\\w*|chang(ed|ing)|over time|getting (better|worse)|improv\\w*"
            + "|worsen\\w*|moving|moved)\\b|\\b(trend|change|evolution) (in|of) (the )?(churn|clv|risk|at risk|retention"
            + "|lifetime value)\\b|\\bis (our |the )?churn (up|down|higher|lower|better|worse)\\b)";
    /** Revenue to come: "what's the forecast for next quarter", "how much will we sell next year", "predicted revenue". */
    static final String FORECAST_WORDS = "\\b(forecast\\w*|outlook|projections?|projected|predicted|expected|expect"
            + "|anticipated?)\\b.*\\b(revenue|sales|income|turnover|takings)\\b"
            + "|\\b(revenue|sales|income|turnover|takings)\\b.*\\b(forecast\\w*|projected|predicted|expect\\w*|outlook"
            + "|projections?)\\b|\\bwhat will (we|i|the shop|the store) (sell|make|earn|take|bring in)\\b"
            + "|\\bhow much (revenue |money |sales )?(will|would|are|can|should) (we|i|the shop|the store) (be )?(going to )?"
            + "(sell|make|earn|take|bring in|expect)\\b|^(what is |show me |give me )?(the |our |my |a )?forecast\\b";
    /** Contacts besides orders: "how many support tickets", "email opens last week", "interactions this month". */
    static final String INTERACTION_WORDS = "\\b(interactions?|contacts besides orders|(support )?tickets?|complaints"
            + "|(e ?mails?) (opens?|clicks?)|(e ?mails?) (were |was |got |been )?(opened|clicked)"
            + "|(opened|clicked) (an |our |the |any |their )?(e ?mails?)|open rates?|click rates?|click through rates?"
            + "|(site|website|web|store) visits?|visits to (the|our) (site|website|shop|store)|visitors"
            + "|campaign responses?|responded to (a |our |the )?campaigns?)\\b";
    /** Refunds and cancellations of the shop's orders: "how many orders were refunded", "refund rate". */
    static final String REFUND_WORDS = "\\b(refunds?|refunded|refunding|refund rate|cancell?ations?|chargebacks?)\\b"
            + "|\\b(orders?|purchases?) (were |was |got |have been |has been )?(cancell?ed|voided)\\b";

    /** Revenue by weekday: "best day of the week for sales", "busiest weekday", "orders by day of week". */
    static final String WEEKDAY_WORDS = "\\b(best|busiest|biggest|quietest|slowest|strongest|weakest|worst|top) (sales |selling"
            + " |shopping )?(day|weekday)s?\\b(?! (of|in) (the )?(month|year))|\\bdays? of (the )?week\\b|\\bweekdays?\\b"
            + "|\\bwhich (day|weekday)s? (of the week )?(do|does|did|is|are|has|have|sells?|brings?)\\b";

    /** The best (or worst) calendar month for sales. */
    static final String BEST_MONTH_WORDS = "\\b(best|biggest|strongest|busiest|top|highest|worst|weakest|slowest|quietest"
            + "|lowest) (sales |selling |revenue )?months?\\b|\\b(which|what) months? (had|has|was|were|brought|sold|made)\\b";

    /** Customers per place: "how many customers in each city", "where do our customers live", "top countries". */
    /** Revenue by place: "which city brings the most revenue", "sales by country", "top states by spend". */
    static final String SPEND_BY_PLACE_WORDS = "\\b(revenue|sales|spend|spending|money|turnover|income)\\b.*\\b(by|per|in each"
            + "|for each|each|every) (city|cities|region|regions|state|states|country|countries)\\b"
            + "|\\b(which|what) (city|cities|region|regions|state|states|country|countries|market|markets) (brings?|generates?"
            + "|makes?|spends?|gives?|has|have|drives?|earns?|produces?)( us)?( the)? (most|highest|biggest|largest|more)"
            + " (revenue|sales|money|spend|spending|income)\\b"
            + "|\\b(which|what|where) (city|cities|region|regions|state|states|country|countries|market|markets)"
            + " (spends?|spent|buys?|bought|pays?|paid|orders?|ordered)( the)? (most|more)\\b"
            + "|\\b(top|best|biggest|largest) (cities|regions|states|countries|markets) (by|for) (revenue|sales|spend|money)\\b";
    static final String BY_PLACE_WORDS = "\\b(customers?|clients|buyers|shoppers)\\b.*\\b(by|per|in each|in every|each|every"
            + "|which|what|top|most) (city|cities|region|regions|state|states|country|countries)\\b"
            + "|\\bwhere (are|do|does) (my |our |the )?(customers|clients|buyers|shoppers) (come from|live|located|based|from)\\b"
            + "|\\b(top|biggest|main|largest|best) (cities|regions|states|countries|markets)\\b"
            + "|\\b(which|what) (city|cities|region|regions|state|states|country|countries) (has|have|do|does|is|are)\\b";

    /** "the top 10 customers": the ranking, even when the question asks how much they brought. */
    static final String TOP_N_WORDS = "\\b(top|best|biggest|largest) \\d{1,3} (customers|clients|buyers|shoppers|spenders)\\b";

    /** In order of preference when scores tie: specific questions about one customer first. */
    static final List<Rule> ALL = List.of(
            rule(Intent.WHY_SCORE, Needs.CUSTOMER,
                    cue("\\bwhy\\b|\\bhow come\\b|\\bwhat makes\\b|\\breasons?\\b|\\bexplain\\w*|\\bnext order date\\b"
                            + "|\\bwhen (will|is|does|do|would|might)\\b.*\\b(order|buy|purchase|shop|come back)\\b", 4),
                    cue("\\b(churn\\w*|risk\\w*|clv|ltv|lifetime value|rfm|lifecycle|stage|score\\w*|next order"
                            + "|dormant|likely to (leave|churn)|value)\\b", 2)),
            rule(Intent.ANALYZE_CUSTOMER, Needs.CUSTOMER,
                    cue("\\banaly[sz]\\w*|\\binsights?\\b|\\bdeep dive\\b|\\bbreak ?down\\b|\\bassess\\w*"
                            + "|\\bhow is \\w+( \\w+)? doing\\b|\\bhow are things with\\b|\\bforecast\\b|\\bpredictions?\\b", 3)),
            rule(Intent.CUSTOMER_PROFILE, Needs.CUSTOMER,
                    cue("\\bprofiles?\\b|\\b360\\b|\\bdetails?\\b|\\binfo\\b|\\binformation\\b|\\boverview\\b|\\bcard\\b"
                            + "|\\brecord\\b|\\bcontact\\b|\\bsummary\\b|\\bhistory\\b", 3),
                    // the profile carries the customer's recommended actions
                    cue("\\brecommend\\w*|\\bsuggest\\w*|\\bnext best action\\b|\\bwhat (should|can) (i|we) (do|offer|send)\\b", 3),
                    cue("\\bwho is\\b|\\btell me about\\b|\\beverything about\\b|\\blook ?up\\b|\\bpull up\\b|\\bopen\\b", 2),
                    cue("\\bshow\\b|\\bfind\\b|\\bget\\b|\\bdisplay\\b", 1)),
            // After the customer rules: "what should I do about Emma?" is her profile and its actions.
            rule(Intent.NEXT_ACTIONS, Needs.NOTHING,
                    cue("\\b(what|who|whom|which customers) should (i|we) (do|focus on|work on|prioriti[sz]e|call|contact"
                            + "|e-?mail|reach out to|follow up with|target)\\b|\\b(top|best|next best|recommended|open"
                            + "|suggested|most important) (recommendations|actions|next steps|to-?dos?|tasks)\\b"
                            + "|\\b(to-?do list|action list|next steps|action plan)\\b|\\bwhere (do|should) (i|we) start\\b"
                            + "|\\b(customers|clients|people|who) (to|i should|we should) (call|contact|e-?mail|reach out to"
                            + "|follow up with|target)\\b", 4),
                    // "which segment should I focus on": what to do first, across the segments, not one segment's figures
                    cue("\\b(which|what) (segments?|groups?|customers|lists?) should (i|we) (focus on|target|prioriti[sz]e"
                            + "|work on|go after|start with|look at first)\\b", 7)),
            // The shop as a whole: how many customers, how much revenue (in a period when one is named), per order.
            rule(Intent.SHOP_OVERVIEW, Needs.NOTHING,
                    cue("\\bhow many (customers|clients|buyers|shoppers)( do| does| have)? (i|we|you|the shop|the store)"
                            + " (have|got)\\b|\\bhow (is|are|was|were) (my|our|the) (shop|store|business|sales|revenue)\\b"
                            + "|\\b(total|overall|our|my) (revenue|sales|turnover|income)\\b|\\bhow much (revenue|sales|money)\\b"
                            + "|\\bhow much (did|have|has) (i|we|the shop|the store) (sell|sold|make|made|earn|earned)\\b"
                            + "|\\bhow many orders (did|have|has|do) (i|we|you|the shop|the store)\\b"
                            + "|\\b(what|how much) is (my|our|the) (average order value|aov|basket size)\\b" + NOT_OF_A_LIST
                            + "|\\b(shop|store|business) (overview|summary|health|performance)\\b", 5),
                    // the shop's churn as one figure, not a list of customers at risk
                    cue("(\\b(churn|attrition|retention) rates?\\b|\\b(average|overall|mean|typical) churn\\b)" + NOT_OF_A_LIST, 6),
                    // revenue month by month
                    cue("\\b(revenue|sales|turnover|orders) (trends?|by month|per month|each month|over time|month by month"
                            + "|over the (last|past) \\w+ months)\\b|\\bmonthly (revenue|sales|orders|turnover)\\b"
                            + "|\\btrends? (of|in) (revenue|sales|orders)\\b", 6),
                    // a shop-wide average: "what's the average CLV?" (not one customer's)
                    cue("\\b(average|mean|typical|median) (clv|ltv|lifetime value|predicted (12 month )?value|customer value"
                            + "|customer lifetime value)\\b" + NOT_OF_A_LIST, 6),
                    // the order value, the lifecycle mix and the repeat rate of the whole shop
                    cue("(" + AOV_WORDS + ")" + NOT_OF_A_LIST + "|" + LIFECYCLE_MIX_WORDS + "|" + REPEAT_RATE_WORDS, 6),
                    // "revenue last week", "orders yesterday": the figure and a period, however short the question
                    cue("^(what (was|were|is|are) )?(the |our |my )?(revenue|sales|turnover|orders|income)\\b"
                            + "(?=.*\\b(last|this|past|previous|in|during|since|today|yesterday|black friday|cyber monday"
                            + "|christmas|xmas|holidays|holiday season)\\b)"
                            + "|\\bhow many orders\\b.*\\b(today|yesterday|last|this)\\b", 5),
                    // "total predicted revenue for next year": the shop's CLV, summed
                    cue(FORECAST_WORDS, 6),
                    // "how is churn trending?": the shop's scores on two dates, not a list or the segments' moves
                    cue(SCORE_TREND_WORDS, 7),
                    // "Compare January and February revenue", "sales this month vs last month": two periods, not segments
                    cue("(?=.*\\b(january|february|march|april|may|june|july|august|september|october|november|december"
                            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|week|month|quarter|year|today|yesterday"
                            + "|summer|winter|spring|autumn|fall|christmas|holidays|black friday|(19|20)\\d\\d)\\b)"
                            + "(\\bcompar\\w*\\b.*\\b(revenue|sales|orders|turnover|income|takings)\\b"
                            + "|\\b(revenue|sales|orders|turnover|income|takings)\\b.*\\b(compar\\w*|vs|versus|against)\\b)", 7),
                    cue("\\b(predicted|expected|forecast\\w*|projected|future) (revenue|sales|income|turnover|value)\\b"
                            + "|^(what is |how is |show me )?(the |our |my )?(sales |revenue )?(forecast|outlook|projection)s?"
                            + "( for (the )?(next|coming) (month|quarter|year|12 months))?$"
                            + "|\\b(revenue|sales|income|turnover) (forecast|projection|prediction)s?\\b", 6),
                    // "average number of orders per customer"; "how many customers ordered last week"
                    cue("\\b(orders|purchases) (per|a|each|by) (customer|client|buyer)\\b", 7),
                    // "average revenue per customer", "ARPU"
                    cue(REVENUE_PER_CUSTOMER_WORDS, 7),
                    cue("\\bhow many (customers|clients|buyers|people|shoppers) (have |did )?(placed|made|ordered|bought|purchased"
                            + "|shopped|order|buy|purchase|place)\\b", 6),
                    // "give me an overview of the business"
                    cue("\\b(overview|summary|snapshot|state|health|picture) of (my |our |the )?(shop|store|business|company"
                            + "|sales)\\b", 6),
                    // "how many orders do we get per day": orders and revenue per day
                    cue("\\b(orders|revenue|sales)\\b.*\\b(per|a|each|every) day\\b|\\b(daily|average daily) (orders|revenue|sales)\\b",
                            6),
                    // "the lifetime value of my average customer"
                    cue("\\b(clv|ltv|lifetime value|customer value)\\b.*\\b(average|typical|mean|median) (customer|client|buyer)\\b",
                            6),
                    // one period's revenue against another's: "sales in November vs October"
                    cue("\\b(revenue|sales|orders|turnover|income)\\b.*\\b(compared (to|with)|vs|versus|against)\\b"
                            + "(?!.*\\bsegments?\\b)", 6),
                    // "compare this month with last month": two periods of the shop, not two segments
                    cue("\\bcompar\\w*\\b(?!.*\\bsegments?\\b)(?=.*\\b(this|last|previous|past) (week|month|quarter|year)\\b"
                            + ".*\\b(with|to|and|against|vs)\\b)|\\b(this|last|previous|past) (week|month|quarter|year)"
                            + " compares? (to|with)\\b", 6),
                    // the time between orders and the best-selling categories
                    cue("(" + ORDER_GAP_WORDS + ")" + NOT_OF_A_LIST + "|" + BEST_SELLING_WORDS, 7),
                    // what became of the orders: refunded, cancelled
                    cue(REFUND_WORDS, 7),
                    // the contacts besides orders: opens, clicks, visits, tickets, campaign responses
                    cue(INTERACTION_WORDS, 7),
                    // how many customers the churn risks add up to
                    cue(EXPECTED_CHURN_WORDS, 7),
                    // revenue by day of the week
                    cue(WEEKDAY_WORDS, 7),
                    // customers by city, region or country, and what they spent there
                    cue(BY_PLACE_WORDS + "|" + SPEND_BY_PLACE_WORDS, 7),
                    // the best month for sales
                    cue(BEST_MONTH_WORDS, 7),
                    // customers won in a period: "how many new customers this month?" (the New stage is today's)
                    cue("(\\bnew (customers|clients|buyers|shoppers)|\\b(customers|clients|buyers|shoppers|who) (are|were|is|was) new"
                            + "|\\b(customers|clients|buyers|shoppers|who) (joined|signed up|started buying|came on board|first ordered"
                            + "|placed their first order|made their first purchase))\\b"
                            + "(?=.*\\b((this|last|past|previous) (week|month|quarter|year)"
                            + "|(in|during|since) (" + TimeWords.MONTHS + "|19[7-9]\\d|2[01]\\d\\d)"
                            + "|the (last|past) \\w+ (days|weeks|months))\\b)", 6),
                    // revenue by sales channel
                    cue("\\b(revenue|sales|orders|money|turnover)\\b.*\\b(by|per|each|which|what|every) (sales )?channels?\\b"
                            + "|\\bchannels?\\b.*\\b(revenue|sales|orders|money|turnover|most|best|biggest)\\b", 6)),
            rule(Intent.REVENUE_AT_RISK, Needs.NOTHING,
                    cue("\\b(revenue|money|value|sales|income|dollars|spend)\\b.*\\b(at risk|at stake|exposed|in danger)\\b"
                            + "|\\bat risk (revenue|value|money|sales)\\b|\\bhow much\\b.*\\b(lose|losing|at risk|at stake)\\b"
                            + "|\\b(potential|expected|possible) (loss|losses)\\b|\\bcould (we )?lose\\b|\\bchurn cost\\b", 6)),
            // Before the comparison and the segment list: "how did our segments change" asks about the change.
            rule(Intent.SEGMENT_CHANGES, Needs.NOTHING,
                    cue("\\bmigrat\\w*|\\b(segments?|groups?)\\b.*\\b(chang\\w*|grow\\w*|grew|shr[iu]nk\\w*|shrank|mov(e|ed|es|ing|ement)"
                            + "|shift\\w*|evolv\\w*|develop\\w*)\\b|\\b(chang\\w*|grow\\w*|grew|shr[iu]nk\\w*|shrank"
                            + "|movements?|moves|shift\\w*)\\b.*\\bsegments?\\b", 6),
                    cue("\\bwhat (has |have )?(changed|moved|shifted)\\b", 5),
                    cue("\\b(moved|moving|migrated|shifted|went|slipped|fell|dropped) (in ?to|out of|from|between)\\b"
                            + "|\\b(joined|left) (the )?(\\w+ ){0,2}segment\\b", 5)),
            rule(Intent.COMPARE_SEGMENTS, Needs.NOTHING,
                    cue("\\bcompar\\w*|\\bvs\\b|\\bversus\\b|\\bside by side\\b|\\bdifference between\\b|\\bagainst each other\\b"
                            + "|\\bhow do\\b.*\\bdiffer\\b", 5)),
            rule(Intent.LIST_SEGMENTS, Needs.NOTHING,
                    cue("\\bsegments\\b|\\b(each|every|per|by) segment\\b|\\bsegmentation\\b", 3),
                    // "How many customers do we have in each segment?": every segment's count, not the shop's one
                    cue("\\b(in|per|for|across) (each|every) segment\\b|\\bsegment sizes?\\b|\\bsize of (each|every)"
                            + " segment\\b", 7),
                    // "Which segment is the most valuable?": the segments side by side, not the top customers
                    cue("\\b(which|what) (segment|group)s? (is|are|has|have) (the )?(most|biggest|largest|best|highest"
                            + "|least|smallest|worst|lowest)\\b", 5),
                    // "Average CLV by segment", "churn per segment": a figure of every segment, not the shop's one
                    cue("\\b(clv|ltv|lifetime value|churn|churn risk|value|spend|revenue)\\b.*\\b(by|per|for each|in each) segment\\b",
                            7),
                    cue("\\b(list|all|which|what|our|my|available|existing|show|overview)\\b", 1)),
            rule(Intent.SEGMENT_ANALYSIS, Needs.SEGMENT,
                    cue("\\bsegment\\b|\\bgroup\\b|\\bcohort\\b", 3),
                    cue("\\banaly[sz]\\w*|\\bhow (is|are)\\b|\\bdoing\\b|\\bperform\\w*|\\btell me about\\b|\\bbreak ?down\\b"
                            + "|\\bsummary\\b|\\boverview\\b|\\bshow\\b|\\blist\\b|\\bwho are\\b|\\bhow many\\b|\\bfind\\b", 1)),
            rule(Intent.VIP_CUSTOMERS, Needs.NOTHING,
                    cue("\\bvips?\\b|\\bvery important\\b|\\bchampions\\b|\\bmost loyal\\b|\\bhigh[ -]value\\b", 4)),
            rule(Intent.LIKELY_TO_ORDER, Needs.NOTHING,
                    cue("\\b(likely|expected|due|going|ready|about|predicted) to (order|buy|purchase|reorder|shop|come back|return)\\b"
                            + "|\\b(likely|expected|due|going|ready|about|predicted) to (place|make|put in) (an |another |their next |a new )?order\\b"
                            + "|\\b(order|ordering|buy|buying|purchase|purchasing|shop|shopping) (again )?soon\\b|\\bnext orders?\\b"
                            + "|\\breorder\\w*|\\b(buy|order|purchase) again\\b|\\bwill (order|buy|purchase)\\b"
                            + "|\\bupcoming (orders|purchases)\\b|\\bdue (for|to) (an )?order\\b|\\bexpected orders\\b", 4)),
            // "How many customers did we lose this year?": with a period; without one it is the win-back list
            rule(Intent.LOST_IN_PERIOD, Needs.NOTHING,
                    cue("(?=.*\\b(this|last|past|previous|in|since|during) (year|month|quarter|week|(19|20)\\d\\d|"
                            + TimeWords.MONTHS + ")\\b)\\b(did we lose|have we lost|we lost|were lost|lapsed|churned|went dormant"
                            + "|gone dormant|became dormant|turned dormant|left us|stopped (buying|ordering))\\b", 8)),
            // Interest without an order: "Who opened emails but didn't buy?", "visitors who never ordered"
            rule(Intent.CONTACTED_NOT_BOUGHT, Needs.NOTHING,
                    cue("\\b(opened|opens|open|clicked|clicks|click|visited|visits|visit|visitors|responded|engaged|interacted"
                            + "|browsed|browsers|openers|clickers|raised|tickets?|complained|received|got|read)\\b.*\\b((did|have|has|had|do|does) not|never|without|no|not)"
                            + " (yet )?(buy|bought|buying|order|ordered|ordering|purchase|purchased|purchasing|convert|converted"
                            + "|converting|orders|purchases|shop|shopped|shopping)\\b"
                            + "|\\bnot (ordered|bought|purchased|shopped) (anything )?since (their|the|a|an) (last |first )?(visit"
                            + "|open|click|e ?mail|ticket|campaign|newsletter)\\b", 9)),
            // Those who came back after a long break (past tense): before win-back, whose words ("dormant", "reactivat")
            // they share; "how many customers came back" alone is the repeat rate, "likely to come back" a forecast.
            rule(Intent.CAME_BACK, Needs.NOTHING,
                    cue("\\b(came|come|coming|returned|returning|ordered|bought|shopped|purchased) (back |again )?(after|from)"
                            + " (being |a |an |their |some |months |long |years )*(dormant|inactive|lapsed|gone|away|break|gap"
                            + "|absence|hiatus|pause|while|time|months|years|silence|quiet)\\b"
                            + "|\\b(reactivated|re-activated|revived|resurrected|returning lapsed|won back|woke up|reawakened)"
                            + " (customers?|clients?|buyers?|shoppers?)\\b|\\b(have|did|had) we (won|win|brought|bring) back\\b"
                            + "|\\b(who|which (customers|clients|buyers|shoppers)) (were|was|had been|went) (dormant|inactive|lapsed"
                            + "|gone)\\b.*\\b(came back|come back|returned|ordered|bought|purchased|shopped)\\b"
                            + "|\\b(who|which (customers|clients|buyers|shoppers)) (got|have been|were|was) (reactivated|won back)\\b",
                            8),
                    // "Which dormant customers came back last month?", "who was away for months and came back"; not
                    // "which dormant customers have not come back" (the win-back list)
                    cue("\\b(dormant|inactive|lapsed|lost|churned|former|away|gone)\\b.*\\b(?<!not |never )(came back|come back"
                            + "|returned|ordered again|bought again|reordered|won back)\\b", 9)),
            // Win-back is about those already gone (dormant), not those still buying but at risk: ranked above at-risk.
            // "How are dormant customers doing?" stays a question about the Dormant segment.
            rule(Intent.WIN_BACK, Needs.NOTHING,
                    cue("\\bwin (\\w+ )?back\\b|\\bwin-?backs?\\b|\\bbring (\\w+ )?back\\b|\\breactivat\\w*|\\bre ?engag\\w*"
                            + "|\\blapsed\\b|\\blost (customers|clients|buyers)\\b|\\b(have|did|had) we lost\\b|\\bwe (have |had )?lost\\b|\\b(stopped|stop|quit) (buying|ordering|shopping)\\b"
                            + "|\\b(not|never) (\\w+ )?(bought|ordered|purchased|shopped|been back|come back|came back|returned)\\b"
                            + "|\\bno longer (buy|order|shop|purchas)\\w*|\\bused to (buy|order|shop|purchase)\\b"
                            + "|\\bgone (quiet|silent|cold|dormant|inactive|missing)\\b|\\binactive\\b|\\bin a (long )?while\\b"
                            + "|\\b(customers|clients|buyers|shoppers|who) (have |had )?left\\b(?! (the )?(\\w+ ){0,2}segment)", 5),
                    cue("\\b(discounts?|coupons?|vouchers?|promo\\w*|offers?|incentives?)\\b", 2),
                    cue("\\b(e-?mail|mail|contact|reach out|send|message|target|call|follow up)\\b", 1)),
            rule(Intent.AT_RISK_CUSTOMERS, Needs.NOTHING,
                    cue("\\bat risk\\b|\\bchurn\\w*|\\blikely to (leave|lapse|stop|quit|go)\\b|\\babout to leave\\b"
                            + "|\\bslipping\\b|\\blosing\\b|\\bleaving\\b|\\bretention\\b|\\bretain\\b|\\blapsing\\b"
                            + "|\\bmight (leave|stop)\\b|\\bgoing cold\\b|\\bneed attention\\b|\\bwin back\\b"
                            + "|\\b(about|going|likely) to lose\\b|\\b(might|may) lose\\b|\\bhigh[ -]risk\\b", 3)),
            rule(Intent.TOP_CUSTOMERS, Needs.NOTHING,
                    cue(TOP_N_WORDS, 6),
                    cue("\\b(sorted|ordered|ranked|sort|order|rank) (them )?by\\b|\\btop\\b|\\bbest\\b|\\bhighest\\b|\\bmost valuable\\b|\\bbiggest\\b|\\blargest\\b|\\bleading\\b"
                            + "|\\bmost engaged\\b|\\brank\\w*|\\b(spends?|spent|spending|bought|buys|ordered|orders|purchased|paid) the most\\b"
                            + "|\\bbig spenders\\b|\\bwhales\\b|\\bmost (orders|money|purchases)\\b|\\bworth the most\\b"
                            + "|\\b(newest|latest|most recent|oldest|longest[- ]standing|earliest) (customers?|clients?|buyers?"
                            + "|shoppers?)\\b|\\bbeen with us (the )?longest\\b"
                            + "|\\b(who|which customers|which clients) (bought|ordered|purchased|shopped)\\b"
                            + "(?=.*\\b(last|this|past|previous|today|yesterday|since)\\b)"
                            + "|\\b(customers|clients|buyers|shoppers) (who|that) (joined|started buying|signed up) (most )?recently\\b", 3)),
            // The model behind the scores and how it did on the shop's own last weeks (the model report).
            rule(Intent.MODEL_REPORT, Needs.NOTHING,
                    cue("\\b(which|what) (purchase |statistical |prediction |predictive )?(models?|algorithms?|methods?"
                            + "|maths|math|statistics)\\b|\\bhow (accurate|reliable|good|trustworthy|precise|right|correct)"
                            + " (are|is|were|was) (the |your |these |those |our |my |its )?(churn |clv )?(predictions?|forecasts?"
                            + "|scores?|models?|numbers|figures|estimates)\\b|\\b(can|should|do) (i|we) trust\\b"
                            + "|\\bmodel (report|accuracy|quality|fit|choice|check)\\b|\\b(accuracy|reliability) of\\b"
                            + "|\\b(holdout|back ?test\\w*|calibration)\\b|\\bhow (do|does) (you|it|the model|scudo)"
                            + " (predict|calculate|compute|work out|estimate|score)\\b", 6)),
            // What a word means, or how to bring data in: before the lists and figures its words also name.
            rule(Intent.GLOSSARY, Needs.NOTHING, cue(GlossaryTerms.WORDS, 8)),
            rule(Intent.HELP, Needs.NOTHING,
                    cue("\\bhelp\\b|\\bwhat can you do\\b|\\bwhat can i ask\\b|\\bexamples?\\b|\\bhow does this work\\b"
                            + "|\\bwhat do you know\\b", 2)));

    /**
     * Words that are never part of a customer's name: question words, fillers and every cue word above.
     * Whatever else remains of a question is taken as the customer reference.
     */
    static final Set<String> NOT_A_NAME;

    /** Known words a typo is corrected to (five letters or more are); see {@link #NOT_A_NAME}. */
    static final List<String> CORRECTED_TO = List.of(
            "a", "an", "the", "of", "for", "in", "on", "to", "with", "by", "from", "at", "as", "and", "or", "about", "into",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "not",
            "me", "us", "i", "we", "you", "they", "them", "their", "his", "her", "he", "she", "him", "it", "its", "our",
            "my", "your", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose",
            "how", "why", "when", "where", "many", "much", "more", "most", "some", "any", "all", "each", "every", "per",
            "please", "pls", "can", "could", "would", "will", "should", "shall", "may", "might", "must", "let", "lets",
            "show", "find", "get", "give", "list", "display", "pull", "up", "open", "tell", "see", "look", "lookup",
            "want", "need", "know", "like", "just", "quick", "quickly", "also", "then", "now", "right", "today",
            "currently", "current", "hey", "hi", "hello", "thanks", "thank", "ok", "okay", "so", "well", "complete",
            "full", "entire", "whole", "everything", "customer", "customers", "client", "clients", "buyer", "buyers",
            "shopper", "shoppers", "people", "person", "ones", "one", "named", "called", "name", "account", "s",
            "profile", "profiles", "360", "details", "detail", "info", "information", "overview", "card", "record",
            "contact", "summary", "history", "analyze", "analyse", "analysis", "analyzing", "analysing", "insight",
            "insights", "deep", "dive", "break", "breakdown", "down", "assess", "assessment", "doing", "things",
            "forecast", "prediction", "predictions", "why", "come", "makes", "make", "reason", "reasons", "explain",
            "explanation", "churn", "churning", "churned", "risk", "risky", "clv", "ltv", "lifetime", "value", "rfm",
            "lifecycle", "stage", "score", "scores", "next", "order", "orders", "ordering", "high", "low", "so",
            "likely", "leave", "leaving", "revenue", "money", "sales", "income", "dollars", "stake", "exposed", "danger",
            "lose", "losing", "loss", "losses", "potential", "expected", "possible", "cost", "compare", "comparison",
            "vs", "versus", "side", "difference", "between", "against", "other", "differ", "segment", "segments",
            "group", "groups", "cohort", "cohorts", "segmentation", "available", "existing", "performance",
            "performing", "perform", "vip", "vips", "very", "important", "champions", "loyal", "soon", "buy", "buying",
            "purchase", "purchasing", "shop", "shopping", "again", "due", "going", "ready", "predicted", "reorder",
            "upcoming", "top", "best", "highest", "valuable", "biggest", "largest", "leading", "rank", "ranked",
            "ranking", "spend", "spends", "spent", "spenders", "big", "whales", "help", "example", "examples", "work",
            "days", "day", "weeks", "week", "months", "month", "year", "years", "within", "coming", "fortnight",
            "quarter", "tomorrow", "over", "last", "first", "only", "total", "average", "predict", "chance", "probability",
            "probably", "attention", "cold", "retention", "retain", "lapse", "lapsing", "stop", "quit", "slipping",
            "win", "back", "back", "returning", "return", "high", "sort", "sorted", "number", "percent", "%", "by",
            "future", "amount", "worth", "active", "status", "still", "than", "over", "under", "based", "metrics",
            // time words (TimeWords) and win-back phrasing
            "since", "black", "friday", "cyber", "monday", "christmas", "xmas", "during", "past", "previous", "ago",
            "weekend", "weekends", "holiday", "holidays", "season", "summer", "winter", "spring", "autumn", "fall",
            "email", "e", "mail", "send", "reach", "out", "message", "target", "offer", "offers", "campaign",
            "lapsed", "lost", "reactivate", "bring", "dormant", "inactive", "stopped", "winback", "them", "should",
            // the shop as a whole, spend verbs and more win-back phrasing
            "store", "business", "sell", "sold", "make", "made", "earn", "earned", "turnover", "overall", "health",
            "bought", "buys", "ordered", "purchased", "paid", "shopped", "returned", "came", "anything", "recently",
            "while", "long", "longer", "no", "never", "used", "gone", "quiet", "silent", "missing", "re", "engage",
            "discount", "discounts", "coupon", "coupons", "voucher", "vouchers", "promo", "promotion", "incentive",
            "incentives", "call", "follow", "got", "basket", "size", "aov", "has", "would", "am", "yet", "but", "lot",
            "lots", "anyone", "anybody", "someone",
            // recommendations for one customer
            "recommend", "recommended", "recommendation", "recommendations", "suggest", "suggested", "suggestion",
            "suggestions", "action", "actions");

    /**
     * Known words no typo is corrected to: a name one letter away ("Brown", "Chang", "Moses") would turn into "grown",
     * "change" or "moves".
     */
    private static final List<String> NOT_CORRECTED_TO = List.of(
            // how segments changed
            "migration", "migrate", "migrated", "migrating", "change", "changed", "changes", "changing", "grow", "grew",
            "growing", "grown", "growth", "grows", "shrink", "shrank", "shrunk", "shrinking", "shrinks", "move", "moved",
            "moves", "moving", "movement", "movements", "shift", "shifted", "shifts", "shifting", "went", "joined", "left",
            "fell", "dropped", "slipped", "evolve", "evolved", "develop", "developed", "fastest", "fast",
            // the shop's churn rate
            "rate", "rates", "attrition", "mean", "typical", "date", "dates", "trend", "trends", "monthly", "time",
            // revenue by channel ("Chanel" is a name)
            "channel", "channels", "brings", "brought", "bring", "comes", "come", "through", "median",
            // repeat customers
            "repeat", "returning", "repeated", "repeatedly", "once", "twice", "several", "multiple", "times",
            // shop-wide shares and months by name that are no first names
            "percentage", "proportion", "share", "fraction", "aov", "stages", "january", "february", "march", "july",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "repurchase", "yesterday", "before", "earlier", "prior", "compared", "categories", "category", "product", "products", "item", "items",
            "selling", "seller", "sellers", "popular", "gap", "interval", "often", "frequency", "cycle", "newest", "latest", "recent", "joined", "placed", "place", "placing",
            // customers by place (PlaceFilters still reads "Kansas City" and "United States" as places)
            "city", "cities", "region", "regions", "state", "states", "country", "countries", "markets", "live",
            "located", "based",
            // "the median order value", "orders per customer"; the oldest customers
            "median", "typical", "oldest", "earliest", "longest", "standing", "ever",
            // ranked by engagement ("engaged" is no typo of "engage")
            "engaged", "engagement",
            // customers won in a period ("which customers are new this month", "who joined in 2025")
            "new", "signed", "started", "board",
            // days of the week
            "weekday", "weekdays", "busiest", "quietest", "slowest", "strongest", "weakest", "worst",
            // what a list buys ("most popular among VIPs", "what do at-risk customers usually buy")
            "among", "usually", "typically", "mostly", "tend", "both", "either", "churners", "expect", "arpu", "sorted",
            // what a word means, and getting data in
            "mean", "means", "meaning", "meant", "define", "definition", "difference", "stand", "calculated", "computed",
            "calculate", "compute", "determined", "measured", "defined", "estimated", "assigned", "decided", "chosen",
            "scored", "import", "upload", "load", "sync", "connect", "shopify", "csv", "file", "files", "data", "p",
            "alive", "recency", "frequency", "monetary", "stages", "segmentation", "ltv", "attrition",
            // contacts besides orders
            "interaction", "interactions", "contacts", "ticket", "tickets", "support", "complaints", "opens", "opened",
            "clicks", "clicked", "click", "visits", "visit", "visited", "visitors", "responses", "responded",
            "website", "site",
            // refunds and cancellations
            "refund", "refunds", "refunded", "refunding", "cancelled", "canceled", "cancellation", "cancellations",
            "cancelation", "cancelations", "chargeback", "chargebacks", "voided",
            // spend going up or down (spend_trend): "dropping" is no typo of "shopping"
            "dropping", "falling", "declining", "decreasing", "rising", "increasing", "less", "spending", "fallen",
            "declined", "decreased", "risen", "increased",
            // the model report
            "model", "models", "accurate", "accuracy", "reliable", "reliability", "trust", "trustworthy", "precise",
            "algorithm", "algorithms", "method", "methods", "statistics", "maths", "math", "holdout", "backtest",
            "calibration", "estimate", "estimates", "figures", "numbers", "correct", "use", "uses", "using",
            // what to do now
            "focus", "prioritise", "prioritize", "tasks", "task", "todo", "todos", "steps", "step", "plan", "start",
            "first", "important", "week", "contact", "call",
            // who came back after a break ("reactivated" is no typo of "reactivate")
            "after", "came", "returned", "reactivated", "revived", "resurrected", "won", "break", "absence", "hiatus",
            "away", "went", "gone",
            // interest without an order
            "openers", "clickers", "browsers", "browsed", "engaged", "interacted", "convert", "converted", "converting",
            "without", "yet", "emails", "email", "newsletter", "newsletters", "raised", "complained", "campaigns",
            "campaign",
            // discounts, tags, the company, how often
            "code", "codes", "coupon", "coupons", "promo", "voucher", "vouchers", "tagged", "tag", "tags", "labelled",
            "labeled", "business", "businesses", "b2b", "corporate", "company", "companies", "private", "consumers",
            "individual", "individuals", "sensitive", "respond", "responds", "deal", "deals", "seekers", "bargain",
            "hunters", "every", "once", "fortnight", "regularly",
            // how the scores moved
            "trending", "trend", "trends", "going", "gone", "went", "better", "worse", "getting", "improving", "improved",
            "worsening", "worsened", "evolution", "changed", "changing", "moving", "moved", "risen", "rose", "fell",
            // customers lost in a period
            "lose", "churned", "became", "turned");

    static {
        java.util.Set<String> words = new java.util.HashSet<>(CORRECTED_TO);
        words.addAll(NOT_CORRECTED_TO);
        NOT_A_NAME = Set.copyOf(words);
    }

    private IntentRules() {
    }

    private static Rule rule(Intent intent, Needs needs, Cue... cues) {
        return new Rule(intent, needs, List.of(cues));
    }

    private static Cue cue(String regex, double weight) {
        return new Cue(Pattern.compile(regex), weight);
    }
}
