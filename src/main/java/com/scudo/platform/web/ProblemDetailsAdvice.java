package com.scudo.platform.web;

import com.scudo.platform.Problems;
import com.scudo.platform.RequestBudgetSpentException;
import com.scudo.shared.AccessRefusedException;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 7807 problem detail with a message a person can act on, through the one mapping of
 * failures to problems ({@link Problems}) that a batch's items use too. Server errors say only that something failed
 * and give an id to find it in the log: no stack trace, no SQL.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    /** The caller's mistakes and refusals, each with its status, title, detail and (for invalid input) every field. */
    @ExceptionHandler({InvalidInputException.class, InvalidValueException.class, NotFoundException.class,
            ConflictException.class, AccessRefusedException.class})
    ProblemDetail known(RuntimeException e) {
        return Problems.of(e);
    }

    /** A request weighing more than what is left of its caller's budget (a batch): 429, and when to try again. */
    @ExceptionHandler(RequestBudgetSpentException.class)
    ResponseEntity<ProblemDetail> budgetSpent(RequestBudgetSpentException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(Problems.of(e));
    }

    /** An upload endpoint called without a multipart body: the caller's mistake, not a server error. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail notMultipart(org.springframework.web.multipart.MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Send the file as multipart/form-data with a part named 'file'.");
        problem.setTitle("Upload expected");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        return Problems.of(e);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BodyProblems.describe(e));
        problem.setTitle("Malformed request body");
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring's own problem details (wrong method, media type, parameter) pass here: none may name a Java type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getDetail() != null) {
            problem.setDetail(BodyProblems.clean(problem.getDetail()));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }
}
