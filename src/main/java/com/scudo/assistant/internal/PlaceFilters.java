package com.scudo.assistant.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where customers live, as a question says it: "customers from New York", "who lives in Leeds", "customers in
 * California or Texas", "in Chicago, Houston and Boston", "from the UK or Germany". Several places are one condition
 * joined with OR (a customer lives in one place, so "Chicago and Boston" means either); each matches the profile's
 * city, region or country as written, and the code a state or country named in full often has there.
 */
final class PlaceFilters {
    /** A place follows words that say where customers are; it ends at the first word that is not part of a name. */
    private static final Pattern PLACE = Pattern.compile("\\b(?:(?:customers|clients|buyers|shoppers|people|vips|ones|anyone"
            + "|everyone|those|who are|that are|who is) (?:who are |that are |are |is |do (?:we|i|you) have |does the shop have "
            + "|(?:we|i) have |have we got |live |come )?(?:from|in|based in|located in|living in)"
            + "|(?:lives?|living|based|located|who are from|that are from) in|(?:lives?|comes?) from"
            // a list, then the place: "who is at risk in Seattle", "dormant in Texas"
            + "|(?<=\\b(?:at[ -]risk|dormant|lapsed|inactive|vips?|churning|slipping) )(?:in|from))"
            + " ([a-z][a-z .,&/'-]*)");
    private static final Set<String> NOT_A_PLACE = Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "who", "with", "whose",
            "that", "which", "and", "or", "but", "since", "segment", "stage", "total", "recent", "last", "past", "next",
            "the", "a", "an", "risk", "danger", "trouble", "general", ",", "&", "/");
    private static final Pattern NOUNS = Pattern.compile("(?:customers|clients|buyers|shoppers|people|vips|ones|anyone"
            + "|everyone|those) ");
    private static final Pattern NOUN = Pattern.compile("(?<=[a-z] )(?:customers|clients|buyers|shoppers)\\b");
    /** Words joining two places. */
    private static final Set<String> JOINS = Set.of(",", "or", "and", "&", "/");
    /** Words that may stand between a join and the next place ("or from Boston", "and in the UK"). */
    private static final Set<String> LEADS = Set.of("from", "in", "the");
    /**
     * Known words that are part of place names: "new" (New York) is also the word of "new customers", "city" (Kansas
     * City), "states" (United States) and the like are also the words of "customers in each city".
     */
    private static final Set<String> PLACE_WORDS = Set.of("city", "new", "state", "states", "country", "region");

    private PlaceFilters() {
    }

    /** The place conditions of a normalised question; {@code segmentWords} says whether words name a segment. */
    static List<AttributeFilters.Found> find(String text, String question, Predicate<List<String>> segmentWords) {
        List<AttributeFilters.Found> found = new ArrayList<>();
        for (Matcher m = PLACE.matcher(text); m.find(); ) {
            String[] tokens = m.group(1).replace(",", " , ").trim().split("\\s+");
            List<List<String>> places = new ArrayList<>();
            int i = 0;
            int used = 0;
            while (i < tokens.length) {
                while (i < tokens.length && LEADS.contains(tokens[i]) && (places.size() > 0 || tokens[i].equals("the"))) {
                    i++;
                }
                List<String> words = new ArrayList<>();
                while (i < tokens.length && !tokens[i].isEmpty() && !NOT_A_PLACE.contains(tokens[i])
                        && (!IntentRules.NOT_A_NAME.contains(tokens[i]) || PLACE_WORDS.contains(tokens[i]))) {
                    words.add(tokens[i++]);
                }
                if (words.isEmpty() || segmentWords.test(words)) {
                    break;
                }
                places.add(words);
                used = i;
                // ", or", ", and": a join may be two words
                while (i < tokens.length && JOINS.contains(tokens[i])) {
                    i++;
                }
                if (i == used) {
                    break;
                }
            }
            if (places.isEmpty()) {
                continue;
            }
            int end = m.start(1) + endOf(m.group(1), tokens, used);
            List<String> names = places.stream().map(words -> asWritten(question, words)).toList();
            String filter = names.stream().map(PlaceFilters::condition).collect(Collectors.joining(" or ", "(", ")"));
            String said = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            // the noun the place follows is no part of it: "the VIPs in California" still names the VIP list
            int start = NOUNS.matcher(m.group()).lookingAt() ? m.start() + m.group().indexOf(' ') + 1 : m.start();
            found.add(new AttributeFilters.Found(start, end, new AttributeFilters.Part(filter, "in " + said, names)));
        }
        before(text, question, segmentWords, found);
        return found;
    }

    /**
     * A state or country named in full just before the noun: "Texas customers", "UK clients", "New York buyers". Only
     * known names (there is no catalogue of the shop's cities), so "VIP customers" or "new customers" are no place.
     */
    private static void before(String text, String question, Predicate<List<String>> segmentWords,
                               List<AttributeFilters.Found> found) {
        for (Matcher m = NOUN.matcher(text); m.find(); ) {
            String[] before = text.substring(0, m.start()).strip().split(" ");
            for (int k = Math.min(3, before.length); k >= 1; k--) {
                List<String> words = Arrays.asList(before).subList(before.length - k, before.length);
                String name = String.join(" ", words);
                if ((PlaceCodes.usState(name).isPresent() || PlaceCodes.country(name).isPresent())
                        && !segmentWords.test(words)) {
                    String place = asWritten(question, words);
                    int start = text.lastIndexOf(name, m.start());
                    found.add(new AttributeFilters.Found(start, start + name.length(),
                            new AttributeFilters.Part("(" + condition(place) + ")", "in " + place, List.of(place))));
                    break;
                }
            }
        }
    }

    /** One place: its city, region or country as written, or its code (a profile may hold "CA" or "GB"). */
    private static String condition(String place) {
        String literal = Words.literal(place);
        return "city = " + literal + " or region = " + literal + " or country = " + literal
                + PlaceCodes.usState(place).map(code -> " or region = " + Words.literal(code)).orElse("")
                + PlaceCodes.country(place).map(code -> " or country = " + Words.literal(code)).orElse("");
    }

    /** Where, in the captured text, the first {@code used} tokens end. */
    private static int endOf(String captured, String[] tokens, int used) {
        int at = 0;
        for (int t = 0; t < used; t++) {
            String token = tokens[t];
            at = captured.indexOf(token, at) + token.length();
        }
        return at;
    }

    /**
     * The place as the question writes it ("UK", "New York"); capitalised when written all in lower case, an
     * abbreviated country in capitals.
     */
    private static String asWritten(String question, List<String> words) {
        Matcher m = Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("[\\s-]+")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(question);
        String written = m.find() ? m.group() : String.join(" ", words);
        if (written.length() == 2 || written.length() == 3 && PlaceCodes.country(written).isPresent()) {
            return written.toUpperCase(Locale.ROOT); // "ny", "uk", "usa": written as the codes they are
        }
        return written.equals(written.toLowerCase(Locale.ROOT))
                ? Arrays.stream(written.split(" ")).map(Words::capitalise).collect(Collectors.joining(" ")) : written;
    }
}
