package com.scudo.shared;

import java.util.List;

/** Input that breaks one or more rules; every broken rule is named so the caller can fix them all at once. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One broken rule: which field, and what is wrong with it in words. */
    public record FieldProblem(String field, String message) {
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).message();
        }
        return problems.size() + " fields are invalid: " + String.join("; ",
                problems.stream().map(FieldProblem::message).toList());
    }
}
