package com.scudo.demo;

import java.util.List;

/**
 * The brief's ten personas (cust-001 ... cust-010). Order counts and totals are the brief's; the
 * timing of each history (regular, lapsing, dormant, new) is what makes the models score them as
 * the brief describes.
 */
final class Personas {
    private Personas() {
    }

    static final List<Persona> ALL = List.of(
            Persona.of("cust-001", "Sarah Chen", null, "San Francisco", "CA", "web",
                    List.of("electronics", "home", "fashion"), "web", 45, "8500.00", 720, 17, 0.05, List.of(), false),
            Persona.of("cust-002", "Mike Johnson", null, "Columbus", "OH", "website",
                    List.of("basics", "home"), "web", 12, "1200.00", 730, 135, 0.85, List.of(), false),
            Persona.of("cust-003", "David Kim", "Kim & Partners Consulting", "Seattle", "WA", "web",
                    List.of("office", "electronics"), "web", 24, "4800.00", 590, 37, 0.0, List.of("bulk"), false),
            Persona.of("cust-004", "Emma Rodriguez", null, "Miami", "FL", "mobile",
                    List.of("fashion", "accessories", "beauty"), "mobile", 20, "3400.00", 400, 9, 0.15, List.of(), false),
            Persona.of("cust-005", "James Wilson", null, "Denver", "CO", "web",
                    List.of("sports", "outdoor"), "web", 13, "1950.00", 540, 96, 0.2, List.of(), false),
            Persona.of("cust-006", "Olivia Brown", null, "Boston", "MA", "store",
                    List.of("home", "furniture"), "store", 5, "3600.00", 330, 28, 0.0, List.of(), false),
            Persona.of("cust-007", "Robert Taylor", null, "Phoenix", "AZ", "phone",
                    List.of("garden", "home"), "phone", 6, "1800.00", 1700, 330, 0.1, List.of(), false),
            Persona.of("cust-008", "Sophie Martin", null, "Portland", "OR", "mobile",
                    List.of("beauty", "fashion"), "mobile", 2, "450.00", 19, 5, 0.0, List.of("first_order"), false),
            Persona.of("cust-009", "Daniel Lee", null, "Austin", "TX", "web",
                    List.of("books", "electronics"), "web", 30, "2700.00", 600, 6, 0.1, List.of(), false),
            Persona.of("cust-010", "Aisha Patel", null, "Chicago", "IL", "mobile",
                    List.of("gifts", "home", "toys"), "mobile", 12, "1500.00", 700, 0, 0.25, List.of("gift"), true));
}
