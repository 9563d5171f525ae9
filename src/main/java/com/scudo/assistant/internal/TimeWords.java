package com.scudo.assistant.internal;

import com.scudo.assistant.Interpretation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar phrases in a question as a period of days, counted from the score date: "last year" (the previous
 * calendar year), "this month" (the month so far), "since Black Friday" (the last one on or before the score date),
 * "in 2025", "in the last 3 months", "in November" (the last November on or before the score date), "November 2025",
 * "last March". Forward windows ("in the next 14 days") are {@link Quantities}' business.
 */
final class TimeWords {
    private static final Pattern NAMED = Pattern.compile("\\b(last|this|previous|past) (year|month|week|quarter)\\b");
    /** Saturday and Sunday: "this weekend" asked on a weekday is the one just gone (a forecast is not a figure). */
    private static final Pattern WEEKEND = Pattern.compile("\\b(last|this|previous|past) weekend\\b");
    private static final Pattern SINCE = Pattern.compile("\\bsince (black friday|cyber monday|christmas|new year)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|during|for|of) (19[7-9]\\d|2[01]\\d\\d)\\b");
    /** One day counted from the score date (the scores' "today"). */
    private static final Pattern DAY = Pattern.compile("\\b(today|yesterday)\\b");
    static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    /** A month by name: after in/during/for/of/last/since, or with a year ("november 2025"); "may" alone is a verb. */
    private static final Pattern MONTH = Pattern.compile("\\b(?:(in|during|for|of|last|since|from) (" + MONTHS + ")(?: (19[7-9]\\d|2[01]\\d\\d))?"
            + "|(" + MONTHS + ") (19[7-9]\\d|2[01]\\d\\d))\\b");
    /**
     * A season or a shopping event: "in the summer", "last winter", "over the holidays", "at Christmas 2025", "on Black
     * Friday". Seasons are the meteorological ones of the northern hemisphere; the answer shows the dates.
     */
    private static final String SEASONS = "summer|winter|spring|autumn|fall|holiday season|holidays|christmas season"
            + "|christmas|xmas|black friday(?: weekend)?|cyber monday";
    /** After a preposition ("in the summer"), or before what was sold then ("summer sales", "christmas revenue"). */
    private static final Pattern SEASON = Pattern.compile("\\b(?:(?<lead>in|during|over|for|this|last|past|of|at|on|around)"
            + "(?: the)? |(?=(?:" + SEASONS + ") (?:sales|revenue|orders|shopping|shoppers|buyers|customers|rush|period"
            + "|campaign|peak)\\b))(?<season>" + SEASONS + ")(?: (?:of )?(?<year>19[7-9]\\d|2[01]\\d\\d))?\\b");
    private static final Pattern YEAR_NAMED = Pattern.compile("\\b(last|this|previous) year\\b");
    private static final Pattern TRAILING = Pattern.compile("\\b(?:in|over|during) the (?:last|past) (\\d{1,4}|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve) (day|days|week|weeks|month|months|year|years)\\b");

    private TimeWords() {
    }

    private static final Pattern BEFORE = Pattern.compile("(?:the |a )?(month|year|week|quarter) (?:before|earlier|prior)\\b");
    /** The join of "compare A with B" once "compare" is said: the word before the second period. */
    private static final Pattern COMPARE_MONTH = Pattern.compile("\\b(compar\\w*)(?: the)?(?: revenue| sales| orders)?"
            + "(?: of| for| from)? (" + MONTHS + ")\\b");
    private static final Pattern COMPARE_JOIN = Pattern.compile("\\b(?:with|to|and)\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bq(?<q>[1-4])(?:[ -]?(?<year>19[7-9]\\d|2[01]\\d\\d))?\\b"
            + "|\\b(?:the )?(?<ordinal>first|second|third|fourth) quarter(?: of (?<year2>19[7-9]\\d|2[01]\\d\\d))?\\b");
    /** A comparison with "last year" (month, week, quarter) that names no period of its own before it. */
    private static final Pattern IMPLIED_COMPARISON = Pattern.compile("\\b(?:compared (?:to|with)|vs|versus|against|than)"
            + " (?:the |a )?(?:last|previous) (?<unit>year|month|week|quarter)\\b");
    private static final Pattern IMPLIED_THIS = Pattern.compile("(?:the |a )?(?:last|previous) (?:year|month|week|quarter)\\b");
    private static final Pattern VERSUS = Pattern.compile("\\b(?:compare[ds]? (?:to|with)|vs|versus|against|than)\\b");

    /**
     * The period a comparison names after its "compared to", "vs" or "than" ("revenue this year compared to last
     * year", "sales in November vs October"), when the words before it name one too; empty otherwise.
     */
    static Optional<Interpretation.Period> comparedWith(String text, LocalDate asOf) {
        return comparedWith(text, asOf, java.time.ZoneOffset.UTC);
    }

    /** As above, with the seasons of the shop's hemisphere (read from its time zone). */
    static Optional<Interpretation.Period> comparedWith(String text, LocalDate asOf, java.time.ZoneId zone) {
        Matcher versus = VERSUS.matcher(text);
        boolean found = versus.find();
        if (!found && text.contains("compar")) {
            // "compare this month with last month", "how does this week compare to last week"
            versus = COMPARE_JOIN.matcher(text);
            found = versus.find(text.indexOf("compar"));
        }
        Optional<Interpretation.Period> first = found ? find(text.substring(0, versus.start()), asOf, zone) : Optional.empty();
        String after = found ? text.substring(versus.end()).strip() : "";
        if (first.isEmpty() && found && IMPLIED_THIS.matcher(after).lookingAt()) {
            // "how did sales do compared to last year": this year so far is the first period (see find)
            return find(after, asOf, zone);
        }
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Matcher before = BEFORE.matcher(after);
        if (before.lookingAt()) {
            // "the month before": the calendar month (week, quarter, year) before the first period's start
            LocalDate start = first.get().from();
            LocalDate from = switch (before.group(1)) {
                case "year" -> start.minusYears(1);
                case "quarter" -> start.minusMonths(3);
                case "week" -> start.minusWeeks(1);
                default -> start.minusMonths(1);
            };
            return Optional.of(new Interpretation.Period(from, start, "the " + before.group(1) + " before"));
        }
        Optional<Interpretation.Period> other = find(after, asOf, zone);
        // "November vs October": the second month is named without its "in"
        return other.isPresent() ? other : find("in " + after, asOf, zone);
    }

    static Optional<Interpretation.Period> find(String text, LocalDate asOf) {
        return find(text, asOf, java.time.ZoneOffset.UTC);
    }

    /** As above, with the seasons of the shop's hemisphere (read from its time zone): summer is December in Sydney. */
    static Optional<Interpretation.Period> find(String text, LocalDate asOf, java.time.ZoneId zone) {
        // "compare january and february revenue": a month named right after "compare" is that month, as "in january"
        text = COMPARE_MONTH.matcher(text).replaceFirst("$1 in $2");
        Matcher implied = IMPLIED_COMPARISON.matcher(text);
        if (implied.find() && find(text.substring(0, implied.start()), asOf, zone).isEmpty()) {
            // "compared to last year" with no period before it: this year so far against last year
            return find("this " + implied.group("unit"), asOf, zone);
        }
        Matcher since = SINCE.matcher(text);
        if (since.find()) {
            LocalDate day = switch (since.group(1)) {
                case "black friday" -> lastOnOrBefore(asOf, TimeWords::blackFriday);
                case "cyber monday" -> lastOnOrBefore(asOf, y -> blackFriday(y).plusDays(3));
                case "christmas" -> lastOnOrBefore(asOf, y -> LocalDate.of(y, Month.DECEMBER, 25));
                default -> LocalDate.of(asOf.getYear(), 1, 1);
            };
            return Optional.of(new Interpretation.Period(day, asOf.plusDays(1), since.group()));
        }
        Matcher season = SEASON.matcher(text);
        if (season.find()) {
            return Optional.of(season(season, text, asOf, Hemisphere.isSouthern(zone)));
        }
        Matcher trailing = TRAILING.matcher(text);
        if (trailing.find()) {
            int n = Quantities.isNumber(trailing.group(1)) ? number(trailing.group(1)) : 1;
            LocalDate end = asOf.plusDays(1);
            LocalDate from = switch (trailing.group(2).replaceAll("s$", "")) {
                case "week" -> end.minusWeeks(n);
                case "month" -> end.minusMonths(n);
                case "year" -> end.minusYears(n);
                default -> end.minusDays(n);
            };
            return Optional.of(new Interpretation.Period(from, end, trailing.group().replaceFirst("^(in|over|during) ", "")));
        }
        Matcher day = DAY.matcher(text);
        if (day.find()) {
            LocalDate date = day.group(1).equals("today") ? asOf : asOf.minusDays(1);
            return Optional.of(new Interpretation.Period(date, date.plusDays(1), day.group(1)));
        }
        Matcher month = MONTH.matcher(text);
        if (month.find()) {
            return Optional.of(month(month, asOf));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.find()) {
            return Optional.of(quarter(quarter, asOf));
        }
        Matcher weekend = WEEKEND.matcher(text);
        if (weekend.find()) {
            LocalDate saturday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            boolean inWeekend = asOf.getDayOfWeek() == DayOfWeek.SATURDAY || asOf.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (inWeekend && !weekend.group(1).equals("this")) {
                saturday = saturday.minusWeeks(1);
            }
            LocalDate until = saturday.plusDays(2);
            return Optional.of(new Interpretation.Period(saturday, until.isAfter(asOf.plusDays(1)) ? asOf.plusDays(1) : until,
                    weekend.group(1).equals("this") && inWeekend ? "this weekend" : "last weekend"));
        }
        Matcher named = NAMED.matcher(text);
        if (named.find()) {
            boolean current = named.group(1).equals("this");
            LocalDate start = switch (named.group(2)) {
                case "year" -> asOf.withDayOfYear(1);
                case "quarter" -> asOf.withMonth(((asOf.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
                case "week" -> asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                default -> asOf.withDayOfMonth(1);
            };
            if (current) {
                return Optional.of(new Interpretation.Period(start, asOf.plusDays(1), named.group()));
            }
            LocalDate previous = switch (named.group(2)) {
                case "year" -> start.minusYears(1);
                case "quarter" -> start.minusMonths(3);
                case "week" -> start.minusWeeks(1);
                default -> start.minusMonths(1);
            };
            return Optional.of(new Interpretation.Period(previous, start, "last " + named.group(2)));
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return Optional.of(new Interpretation.Period(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), "in " + y));
        }
        return Optional.empty();
    }

    /** A month's name, a year or a season, as a period names them. */
    static boolean isCalendarWord(String word) {
        return word.matches("(?i)" + MONTHS + "|19[7-9]\\d|2[01]\\d\\d|q[1-4]|second|third|fourth|summer|winter|spring"
                + "|autumn|fall|holidays?|season|christmas|xmas|black|friday|cyber|monday|weekend");
    }

    /**
     * A season of the year the question names ("summer 2025", "christmas last year"), else the last one that has begun by
     * the score date ("last winter" said in winter: the one before); so far when it is under way.
     */
    private static Interpretation.Period season(Matcher m, String text, LocalDate asOf, boolean southern) {
        String name = m.group("season");
        // the months of a season: in the southern hemisphere summer has northern winter's, spring autumn's
        String months = southern ? switch (name) {
            case "summer" -> "winter";
            case "winter" -> "summer";
            case "spring" -> "autumn";
            case "autumn", "fall" -> "spring";
            default -> name;
        } : name;
        Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : null;
        Matcher named = YEAR_NAMED.matcher(text);
        Matcher inYear = YEAR.matcher(text);
        if (year == null && named.find()) {
            year = named.group(1).equals("this") ? asOf.getYear() : asOf.getYear() - 1;
        } else if (year == null && inYear.find()) {
            year = Integer.valueOf(inYear.group(1));
        }
        if (year == null) {
            year = asOf.getYear();
            if (seasonStart(months, year).isAfter(asOf)) {
                year--;
            }
            if ("last".equals(m.group("lead")) && seasonEnd(months, year).isAfter(asOf)) {
                year--; // "last winter" said in winter is the one before; "last summer" said in December, this year's
            }
        }
        LocalDate from = seasonStart(months, year);
        LocalDate until = seasonEnd(months, year);
        String words = switch (name) {
            case "winter", "summer", "spring", "autumn", "fall" -> "in " + (name.equals("fall") ? "autumn" : name) + " " + year
                    + (months.equals("winter") ? "–" + String.valueOf(year + 1).substring(2) : "");
            case "holiday season", "holidays" -> "over the holiday season " + year;
            case "christmas season", "christmas", "xmas" -> "at Christmas " + year;
            case "black friday", "black friday weekend", "cyber monday" -> "over Black Friday weekend " + year;
            default -> "in " + name + " " + year;
        };
        return new Interpretation.Period(from, until.isAfter(asOf.plusDays(1)) ? asOf.plusDays(1) : until, words);
    }

    private static LocalDate seasonStart(String name, int year) {
        return switch (name) {
            case "spring" -> LocalDate.of(year, 3, 1);
            case "summer" -> LocalDate.of(year, 6, 1);
            case "autumn", "fall" -> LocalDate.of(year, 9, 1);
            case "winter", "christmas season", "christmas", "xmas" -> LocalDate.of(year, 12, 1);
            case "holiday season", "holidays" -> LocalDate.of(year, 11, 1);
            default -> blackFriday(year);
        };
    }

    /** The day after the season (exclusive). */
    private static LocalDate seasonEnd(String name, int year) {
        return switch (name) {
            case "winter" -> LocalDate.of(year + 1, 3, 1);
            case "christmas season", "christmas", "xmas" -> LocalDate.of(year, 12, 26);
            case "holiday season", "holidays" -> LocalDate.of(year + 1, 1, 1);
            case "black friday", "black friday weekend", "cyber monday" -> blackFriday(year).plusDays(4);
            default -> seasonStart(name, year).plusMonths(3);
        };
    }

    /** "in November": that month of the score date's year, or of the year before when it has not begun yet. */
    private static Interpretation.Period month(Matcher m, LocalDate asOf) {
        String word = m.group(2) != null ? m.group(2) : m.group(4);
        String yearText = m.group(2) != null ? m.group(3) : m.group(5);
        Month month = java.util.Arrays.stream(Month.values())
                .filter(candidate -> candidate.name().toLowerCase(java.util.Locale.ROOT).startsWith(word.substring(0, 3)))
                .findFirst().orElseThrow();
        java.time.YearMonth named;
        if (yearText != null) {
            named = java.time.YearMonth.of(Integer.parseInt(yearText), month);
        } else {
            named = java.time.YearMonth.of(asOf.getYear(), month);
            // "last December" said in December is the one before; "in December" then is this one, so far
            boolean last = "last".equals(m.group(1));
            if (named.isAfter(java.time.YearMonth.from(asOf)) || (last && named.equals(java.time.YearMonth.from(asOf)))) {
                named = named.minusYears(1);
            }
        }
        String name = month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + named.getYear();
        LocalDate from = named.atDay(1);
        if ("since".equals(m.group(1)) || "from".equals(m.group(1))) {
            return new Interpretation.Period(from, asOf.plusDays(1), "since " + name);
        }
        LocalDate until = named.plusMonths(1).atDay(1);
        return new Interpretation.Period(from, until.isAfter(asOf.plusDays(1)) ? asOf.plusDays(1) : until, "in " + name);
    }

    /**
     * "Q3", "in q3 2025", "the third quarter": that calendar quarter of the score date's year, or of the year before
     * when it has not begun yet (so far when it is the current one).
     */
    private static Interpretation.Period quarter(Matcher m, LocalDate asOf) {
        String which = m.group("q") != null ? m.group("q") : m.group("ordinal");
        int q = switch (which) {
            case "1", "first" -> 1;
            case "2", "second" -> 2;
            case "3", "third" -> 3;
            default -> 4;
        };
        String yearText = m.group("year") != null ? m.group("year") : m.group("year2");
        int year = yearText != null ? Integer.parseInt(yearText) : asOf.getYear();
        LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        if (yearText == null && from.isAfter(asOf)) {
            from = from.minusYears(1);
        }
        LocalDate until = from.plusMonths(3);
        return new Interpretation.Period(from, until.isAfter(asOf.plusDays(1)) ? asOf.plusDays(1) : until,
                "in Q" + q + " " + from.getYear());
    }

    /** The day after Thanksgiving: the fourth Thursday of November, plus one. */
    static LocalDate blackFriday(int year) {
        return LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
    }

    private static LocalDate lastOnOrBefore(LocalDate asOf, java.util.function.IntFunction<LocalDate> inYear) {
        LocalDate day = inYear.apply(asOf.getYear());
        return day.isAfter(asOf) ? inYear.apply(asOf.getYear() - 1) : day;
    }

    private static int number(String n) {
        return switch (n) {
            case "two" -> 2; case "three" -> 3; case "four" -> 4; case "five" -> 5; case "six" -> 6; case "seven" -> 7;
            case "eight" -> 8; case "nine" -> 9; case "ten" -> 10; case "eleven" -> 11; case "twelve" -> 12;
            default -> Integer.parseInt(n);
        };
    }
}
