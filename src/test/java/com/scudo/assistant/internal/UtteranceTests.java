package com.scudo.assistant.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Customer ids are references, not words: lettered ones anywhere, numeric ones where they name a customer. */
class UtteranceTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Why is cust-005 at risk?|cust-005",
            "Show customer 12005|12005",
            "customer id 7|7",
            "Tell me about #6543210987|6543210987",
            "Why is 12005 at risk?|12005",
            "tell me about 6543210987|6543210987",
            "customers with 5 orders|-",
            "customer 5 orders|-",
            "who spent more than 10000|-",
            "who spent more than $12000|-",
            "our best customer 2025|-",
            "show 10000 customers|-",
            "what is 20000 dollars in euros|-",
            "top 10 customers|-",
            "Customer 360 for Olivia Brown|-",
            "customers whose total spend is 10000 or more|-",
            "customers with a CLV of 10000|-",
            "who spent about 10000|-",
            "spent a total of 25000 dollars|-",
            "How is 12005 doing?|12005",
            "what did 6543210987 buy last|6543210987"})
    void aNumericIdIsTakenOnlyWhereItNamesACustomer(String question, String id) {
        Utterance u = Utterance.of(question);

        assertThat(u.customerId()).isEqualTo(id);
        if (id != null) {
            assertThat(u.tokens()).doesNotContain(id);
        }
    }
}
