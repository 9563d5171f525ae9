package com.scudo.assistant.internal;

import java.time.ZoneId;
import java.util.List;

/**
 * Whether a shop's seasons are the southern hemisphere's, read from its time zone (the only place it names): summer
 * is December to February in Sydney, Auckland, Buenos Aires, São Paulo and Johannesburg. Zones on both sides of the
 * equator or on it (Jakarta, Quito, Nairobi) keep the northern calendar, as a merchant there rarely speaks of seasons.
 */
final class Hemisphere {
    /** Time-zone ids, or their prefixes ending in '/', of places well south of the equator. */
    private static final List<String> SOUTHERN = List.of("Australia/", "Antarctica/", "Pacific/Auckland", "Pacific/Chatham",
            "Pacific/Fiji", "Pacific/Tongatapu", "Pacific/Noumea", "NZ", "America/Argentina/", "America/Buenos_Aires",
            "America/Sao_Paulo", "America/Santiago", "America/Punta_Arenas", "America/Montevideo", "America/Asuncion",
            "America/Campo_Grande", "America/Cuiaba", "Atlantic/Stanley", "Brazil/East", "Chile/", "Africa/Johannesburg",
            "Africa/Maputo", "Africa/Windhoek", "Africa/Maseru", "Africa/Mbabane", "Africa/Gaborone", "Africa/Harare",
            "Africa/Lusaka", "Indian/Mauritius", "Indian/Reunion", "Indian/Antananarivo");

    private Hemisphere() {
    }

    static boolean isSouthern(ZoneId zone) {
        String id = zone == null ? "" : zone.getId();
        return SOUTHERN.stream().anyMatch(s -> s.endsWith("/") ? id.startsWith(s) : id.equals(s));
    }
}
