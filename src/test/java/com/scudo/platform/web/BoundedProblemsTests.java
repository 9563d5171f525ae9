package com.scudo.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedProblemsTests {

    @Test
    void aProblemQuotingHugeInputStaysUnderFourKilobytes() {
        String huge = "y".repeat(50_000);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid id '" + huge + "'");
        problem.setTitle("Invalid " + huge);
        problem.setInstance(URI.create("/api/v1/segments/" + huge));
        problem.setProperty("errors", java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> Map.of("field", "f" + i, "message", huge)).toList());

        String json = JsonMapper.builder().build().writeValueAsString(BoundedProblems.bound(problem));

        assertThat(json.length()).isLessThan(4096);
        assertThat(problem.getDetail()).startsWith("Invalid id 'yyy").endsWith("...");
        assertThat(problem.getInstance()).isNull();
        assertThat((List<?>) problem.getProperties().get("errors")).hasSize(BoundedProblems.MAX_ENTRIES);
    }

    @Test
    void shortProblemsAreLeftAsTheyAre() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No customer c-1");
        problem.setInstance(URI.create("/api/v1/customers/c-1/360"));

        BoundedProblems.bound(problem);

        assertThat(problem.getDetail()).isEqualTo("No customer c-1");
        assertThat(problem.getInstance()).hasToString("/api/v1/customers/c-1/360");
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        String text = "a".repeat(BoundedProblems.MAX_TEXT - 1) + "😀😀";
        assertThat(BoundedProblems.cut(text, BoundedProblems.MAX_TEXT)).isEqualTo("a".repeat(BoundedProblems.MAX_TEXT - 1) + "...");
    }
}
