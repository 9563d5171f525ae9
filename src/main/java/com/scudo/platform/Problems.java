package com.scudo.platform;

import com.scudo.shared.AccessRefusedException;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one mapping of a failure to the RFC 7807 problem detail the API answers with: the web error advice answers a
 * request with it, and a batch answers each of its items with it, so an item's problem is exactly the one its own
 * request would have got. Every problem stays small whatever it quotes ({@link #bounded}). A server error says only
 * that something failed and gives an id to find it in the log: no stack trace, no SQL.
 */
public final class Problems {
    public static final int MAX_DETAIL = 600;
    public static final int MAX_TEXT = 200;
    public static final int MAX_ENTRIES = 5;
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** The problem a request that failed with {@code failure} is answered with; anything unknown is a 500. */
    public static ProblemDetail of(Throwable failure) {
        return refusal(failure).orElseGet(() -> serverError(failure, "Something went wrong on our side. Nothing you "
                + "sent was lost; try again, and quote error id %s if it persists."));
    }

    /**
     * The 4xx problem when {@code failure} refuses what the caller sent (invalid, unknown, a conflict, forbidden, over
     * its budget); empty when it is a failure of ours.
     */
    public static Optional<ProblemDetail> refusal(Throwable failure) {
        ProblemDetail problem;
        if (failure instanceof InvalidInputException e) {
            problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
            problem.setProperty("errors", e.problems().stream()
                    .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        } else if (failure instanceof InvalidValueException e) {
            problem = problem(HttpStatus.BAD_REQUEST, "Invalid " + e.field(), e.getMessage());
        } else if (failure instanceof NotFoundException e) {
            problem = problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        } else if (failure instanceof ConflictException e) {
            problem = problem(HttpStatus.CONFLICT, "Already exists", e.getMessage());
        } else if (failure instanceof AccessRefusedException e) {
            problem = problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
        } else if (failure instanceof RequestBudgetSpentException e) {
            problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage());
        } else {
            return Optional.empty();
        }
        return Optional.of(bounded(problem));
    }

    /**
     * A 500 for a failure of ours, logged with a new error id that {@code detail} quotes where it says {@code %s}.
     * Its words are the caller's: what became of what they sent, and what to do.
     */
    public static ProblemDetail serverError(Throwable failure, String detail) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Request failed (error id {})", id, failure);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Server error", detail.formatted(id));
        problem.setProperty("errorId", id);
        return bounded(problem);
    }

    /**
     * Keeps a problem small whatever wrote it: messages quote what the caller sent, and Spring adds the request path
     * as {@code instance}. Texts are cut with an ellipsis, lists (the per-field errors) to their first few entries;
     * the answer stays well under 4 KB. Bounding twice changes nothing.
     */
    public static ProblemDetail bounded(ProblemDetail problem) {
        problem.setDetail(cut(problem.getDetail(), MAX_DETAIL));
        problem.setTitle(cut(problem.getTitle(), MAX_TEXT));
        if (problem.getInstance() != null && problem.getInstance().toString().length() > MAX_TEXT) {
            problem.setInstance(null); // the caller knows what it asked for
        }
        Map<String, Object> properties = problem.getProperties();
        if (properties != null) {
            properties.replaceAll((name, value) -> boundedValue(value));
        }
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static Object boundedValue(Object value) {
        if (value instanceof String text) {
            return cut(text, MAX_TEXT);
        }
        if (value instanceof List<?> list) {
            return list.stream().limit(MAX_ENTRIES).map(Problems::boundedValue).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, boundedValue(v)));
            return copy;
        }
        return value;
    }

    /** {@code text} cut to {@code max} characters and an ellipsis, never in the middle of a surrogate pair. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "...";
    }
}
