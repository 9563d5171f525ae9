package com.scudo.assistant;

import com.scudo.demo.DemoData;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.WorkspaceId;
import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions a merchant types about customers (the table in {@code assistant/merchant-questions.csv}), asked on the demo
 * shop: each must be read as the intent the table names and run the filter it names. The answers are written to
 * {@code target/merchant-questions.txt} to read them through.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantQuestionsH2IntegrationTests {
    @Autowired
    DemoData demo;
    @Autowired
    Assistant assistant;
    @Autowired
    JdbcTemplate jdbc;

    private WorkspaceId shop;
    private LocalDate asOf;
    private final List<String> transcript = new ArrayList<>();

    @BeforeAll
    void loadDemoShop() {
        shop = WorkspaceId.of("shop-" + UUID.randomUUID().toString().substring(0, 8));
        demo.load(shop, 90, 42);
        asOf = jdbc.queryForObject("select max(as_of) from customer_metrics where workspace_id = ?", LocalDate.class,
                shop.value());
    }

    @AfterAll
    void writeTranscript() throws IOException {
        Files.write(Path.of("target", "merchant-questions.txt"), transcript);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/assistant/merchant-questions.csv", delimiter = '|', quoteCharacter = '`')
    void eachQuestionIsReadAsItsIntentAndRunsItsFilter(String question, Intent intent, String filter) {
        Answer answer = assistant.ask(shop, question);
        transcript.add(question + "\n  -> " + answer.interpretation().intent() + " | " + answer.query() + "\n  "
                + answer.insight() + "\n");

        assertThat(answer.interpretation().intent()).as(question).isEqualTo(intent);
        if (filter != null) {
            String expected = filter.replace("{asOf+14}", asOf.plusDays(14).toString()).replace("{asOf}", asOf.toString())
                    .replace("{asOfYearStart}", asOf.withDayOfYear(1).toString());
            assertThat(Filters.normalise(answer.query())).as(question).isEqualTo(Filters.normalise(expected));
        }
        assertThat(answer.insight()).as(question).doesNotContain("did not understand");
    }
}
