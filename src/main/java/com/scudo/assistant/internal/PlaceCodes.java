package com.scudo.assistant.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The codes profiles often hold for a place a question names in full: ISO 3166 country codes ("Germany" → DE, "the
 * UK" → GB) and US state codes ("California" → CA), so that "customers in California" finds a profile whose region
 * is "CA". Country names are the JDK's English ones.
 */
final class PlaceCodes {
    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, String> US_STATES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map.of("uk", "GB", "great britain", "GB", "britain", "GB", "usa", "US", "america", "US",
                "united states of america", "US").forEach(COUNTRIES::put);
        String[] states = {"Alabama:AL", "Alaska:AK", "Arizona:AZ", "Arkansas:AR", "California:CA", "Colorado:CO",
                "Connecticut:CT", "Delaware:DE", "Florida:FL", "Georgia:GA", "Hawaii:HI", "Idaho:ID", "Illinois:IL",
                "Indiana:IN", "Iowa:IA", "Kansas:KS", "Kentucky:KY", "Louisiana:LA", "Maine:ME", "Maryland:MD",
                "Massachusetts:MA", "Michigan:MI", "Minnesota:MN", "Mississippi:MS", "Missouri:MO", "Montana:MT",
                "Nebraska:NE", "Nevada:NV", "New Hampshire:NH", "New Jersey:NJ", "New Mexico:NM", "New York:NY",
                "North Carolina:NC", "North Dakota:ND", "Ohio:OH", "Oklahoma:OK", "Oregon:OR", "Pennsylvania:PA",
                "Rhode Island:RI", "South Carolina:SC", "South Dakota:SD", "Tennessee:TN", "Texas:TX", "Utah:UT",
                "Vermont:VT", "Virginia:VA", "Washington:WA", "West Virginia:WV", "Wisconsin:WI", "Wyoming:WY",
                "District of Columbia:DC"};
        for (String state : states) {
            String[] parts = state.split(":");
            US_STATES.put(key(parts[0]), parts[1]);
        }
    }

    private PlaceCodes() {
    }

    /** The ISO country code of a country named in full, if it is one (not for a name that is already a code). */
    static Optional<String> country(String place) {
        String code = COUNTRIES.get(key(place));
        return code == null || code.equalsIgnoreCase(place.trim()) ? Optional.empty() : Optional.of(code);
    }

    /** The two-letter code of a US state named in full, if it is one. */
    static Optional<String> usState(String place) {
        return Optional.ofNullable(US_STATES.get(key(place)));
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
