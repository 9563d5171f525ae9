package com.scudo.demo;

import com.scudo.assistant.Answer;
import com.scudo.assistant.Assistant;
import com.scudo.assistant.CustomerListCard;
import com.scudo.assistant.CustomerRow;
import com.scudo.assistant.ProfileCard;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.MovableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief's ten personas on the demo shop with "today" pinned: every figure comes out of the analytics run on the
 * generated histories, and the segment, lifecycle stage, churn band and the assistant's answer about each one are
 * the same whatever the date. Subclasses pin different dates; the expectations are one table for all of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersonaScenarios {
    /** The brief's persona, as segment id, lifecycle stage and churn band ("low" under 15%, "high" from 25%). */
    record Expected(String name, String segment, String lifecycle, String churnBand) {
    }

    static final Map<String, Expected> PERSONAS = personas();

    @Autowired
    DemoData demo;
    @Autowired
    Assistant assistant;
    @Autowired
    Clock clock;
    @Autowired
    MovableClock pinned;

    WorkspaceId shop;

    /** The date the subclass pins "now" to. */
    abstract Instant pinnedAt();

    @BeforeAll
    void loadDemoShopAsOfThePinnedDay() {
        pinned.set(pinnedAt());
        assertThat(clock.instant()).as("the application reads the pinned clock").isEqualTo(pinnedAt());
        shop = WorkspaceId.of("personas-" + LocalDate.ofInstant(pinnedAt(), ZoneOffset.UTC));
        demo.load(shop, 90, 42); // the demo shop as on first start: then its monthly history and today's run
    }

    @Test
    void eachPersonaHasTheBriefsSegmentLifecycleAndChurnBand() {
        Map<String, Expected> found = new LinkedHashMap<>();
        PERSONAS.forEach((id, expected) -> {
            ProfileCard card = profile(id);
            found.put(id, new Expected(card.name(), card.primarySegment(), card.lifecycle(), band(card)));
        });
        assertThat(found).isEqualTo(PERSONAS);
    }

    @Test
    void theAssistantDescribesEachPersonaByTheirStageSegmentAndRisk() {
        PERSONAS.forEach((id, expected) -> {
            Answer answer = assistant.ask(shop, "Analyze customer " + id);
            ProfileCard card = (ProfileCard) answer.cards().get(0);
            String article = expected.lifecycle().matches("(?i)[aeiou].*") ? " an " : " a ";
            assertThat(answer.insight()).as(id).startsWith(expected.name() + " is" + article + expected.lifecycle()
                    + " customer in " + card.primarySegmentName() + ": " + expected.churnBand() + " churn risk (");
            assertThat(answer.insight()).as(id + ": dates as the workspace writes them").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            assertThat(card.orders()).as(id + " orders").isEqualTo(briefOrders(id));
        });
    }

    @Test
    void theAssistantsListsNameTheSamePersonas() {
        assertThat(personasIn("Show me our VIP customers")).containsExactly("cust-001");
        assertThat(personasIn("Find customers at risk of churning")).containsExactlyInAnyOrder("cust-002", "cust-005");
        assertThat(personasIn("Which customers should I email this week to win them back?")).contains("cust-007")
                .doesNotContain("cust-001", "cust-008", "cust-009");
    }

    private List<String> personasIn(String question) {
        Answer answer = assistant.ask(shop, question);
        CustomerListCard list = answer.cards().stream().filter(CustomerListCard.class::isInstance)
                .map(CustomerListCard.class::cast).findFirst().orElseThrow();
        return list.customers().stream().map(CustomerRow::customerId).filter(PERSONAS::containsKey).toList();
    }

    private ProfileCard profile(String id) {
        return assistant.ask(shop, "Show me the profile of " + id).cards().stream().filter(ProfileCard.class::isInstance)
                .map(ProfileCard.class::cast).findFirst().orElseThrow(() -> new AssertionError("no profile of " + id));
    }

    private static String band(ProfileCard card) {
        if (card.churn() == null) {
            return "not scored";
        }
        double churn = card.churn().doubleValue();
        return churn < 0.15 ? "low" : churn < 0.25 ? "moderate" : churn < 0.5 ? "high" : "very high";
    }

    private static int briefOrders(String id) {
        return Personas.ALL.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().orders();
    }

    private static Map<String, Expected> personas() {
        Map<String, Expected> m = new LinkedHashMap<>();
        m.put("cust-001", new Expected("Sarah Chen", "VIP_HIGH_VALUE", "VIP", "low"));
        m.put("cust-002", new Expected("Mike Johnson", "PRICE_SENSITIVE", "At-Risk", "high"));
        m.put("cust-003", new Expected("David Kim", "BUSINESS_PROFESSIONAL", "Active", "low"));
        m.put("cust-004", new Expected("Emma Rodriguez", "FASHION_ENTHUSIAST", "Active", "low"));
        m.put("cust-005", new Expected("James Wilson", "AT_RISK", "At-Risk", "high"));
        m.put("cust-006", new Expected("Olivia Brown", "HIGH_AOV", "Active", "low"));
        // churn is the chance of no order in the next year: after 330 days from someone who orders every eight or
        // nine months, a quiet year is likely (1 - P(alive) alone read "moderate")
        m.put("cust-007", new Expected("Robert Taylor", "DORMANT", "Dormant", "high"));
        m.put("cust-008", new Expected("Sophie Martin", "NEW_CUSTOMER", "New", "low"));
        m.put("cust-009", new Expected("Daniel Lee", "LOYAL_REGULAR", "Active", "low"));
        m.put("cust-010", new Expected("Aisha Patel", "SEASONAL_SHOPPER", "Active", "low"));
        return Map.copyOf(m);
    }
}
