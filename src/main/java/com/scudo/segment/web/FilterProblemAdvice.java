package com.scudo.segment.web;

import com.scudo.segment.filter.FilterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A filter expression the user wrote that does not parse or validate is their mistake: 400 with where it
 * went wrong, so a form can point at the spot. Ordered first so the catch-all server-error handler never sees it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FilterProblemAdvice {

    @ExceptionHandler(FilterException.class)
    ProblemDetail invalidFilter(FilterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid filter expression");
        problem.setProperty("problem", e.problem());
        if (e.position() >= 0) {
            problem.setProperty("position", e.position());
            problem.setProperty("line", e.line());
            problem.setProperty("column", e.column());
        }
        if (e.found() != null) {
            problem.setProperty("found", e.found());
        }
        if (e.expected() != null) {
            problem.setProperty("expected", e.expected());
        }
        if (e.hint() != null) {
            problem.setProperty("hint", e.hint());
        }
        return problem;
    }
}
