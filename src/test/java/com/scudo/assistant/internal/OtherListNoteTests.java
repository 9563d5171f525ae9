package com.scudo.assistant.internal;

import com.scudo.assistant.Intent;
import com.scudo.assistant.StagedAnswer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A question that asks for two lists at once gets one, and the answer says which request it left out. */
class OtherListNoteTests {
    private final IntentRecogniser recogniser = new IntentRecogniser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Which VIPs are at risk?|VIP_CUSTOMERS|at risk|Which customers are at risk?",
            "Which of my VIPs are likely to order soon?|VIP_CUSTOMERS|likely to order|Who is likely to order soon?",
            "show vip customers who have gone quiet|WIN_BACK|vip|Show me our VIP customers"})
    void theLeftOutRequestIsNamedWithTheQuestionForIt(String question, Intent answered, String leftOut, String ask) {
        String insight = answer(question, answered);
        assertThat(insight).startsWith("The list.")
                .endsWith(" I did not combine \"" + leftOut + "\" with this list: ask \"" + ask + "\" for those.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Find customers at risk of churning|AT_RISK_CUSTOMERS",
            "which customers should I email this week to win them back?|WIN_BACK",
            "Show me our VIP customers|VIP_CUSTOMERS",
            "who is likely to order in the next 30 days|LIKELY_TO_ORDER",
            "How much revenue is at risk?|REVENUE_AT_RISK"})
    void aQuestionForOneListGetsNoNote(String question, Intent answered) {
        assertThat(answer(question, answered)).isEqualTo("The list.");
    }

    private String answer(String question, Intent expected) {
        List<IntentRecogniser.Candidate> ranked = recogniser.recognise(question, IntentRecogniserTests.SEGMENTS).ranked();
        assertThat(ranked.get(0).interpretation().intent()).as("the reading answered").isEqualTo(expected);
        StagedAnswer answer = new StagedAnswer(question, ranked.get(0).interpretation(), "The list.", List.of(), null,
                "rules");
        return RuleBasedAssistant.withOtherList(answer, ranked, 0).insight();
    }
}
