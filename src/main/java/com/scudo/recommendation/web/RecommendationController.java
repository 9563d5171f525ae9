package com.scudo.recommendation.web;

import com.scudo.recommendation.ActionType;
import com.scudo.recommendation.OutcomeReport;
import com.scudo.recommendation.Recommendation;
import com.scudo.recommendation.RecommendationQuery;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.Recommendations;
import com.scudo.recommendation.SegmentAction;
import com.scudo.recommendation.StatusChange;
import com.scudo.recommendation.StatusChangeRejected;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Recommendations: list, per customer, per segment, outcomes, and status changes. */
@RestController
@RequestMapping("/api/v1")
class RecommendationController {
    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/recommendations")
    List<Recommendation> list(WorkspaceId workspace, @RequestParam(required = false) String status,
                              @RequestParam(required = false) String type,
                              @RequestParam(required = false) String customer,
                              @RequestParam(required = false) String limit) {
        return recommendations.list(workspace, new RecommendationQuery(
                blank(status) ? null : RecommendationStatus.parse(status),
                blank(type) ? null : ActionType.parse(type),
                blank(customer) ? null : CustomerId.of(customer.trim()),
                blank(limit) ? 100 : number("limit", limit)));
    }

    @GetMapping("/customers/{id}/recommendations")
    List<Recommendation> forCustomer(WorkspaceId workspace, @PathVariable String id,
                                     @RequestParam(required = false, defaultValue = "open") String status) {
        return recommendations.forCustomer(workspace, CustomerId.of(id),
                "all".equalsIgnoreCase(status) ? null : RecommendationStatus.parse(status));
    }

    @GetMapping("/recommendations/{id}")
    Recommendation one(WorkspaceId workspace, @PathVariable String id) {
        return recommendations.find(workspace, id)
                .orElseThrow(() -> new NotFoundException("Recommendation '" + id + "' does not exist"));
    }

    @PatchMapping("/recommendations/{id}")
    Recommendation changeStatus(WorkspaceId workspace, @PathVariable String id, @RequestBody StatusRequest request) {
        if (request == null || blank(request.status())) {
            throw new InvalidInputException("status", "status is required: done or dismissed");
        }
        LocalDate actedOn;
        try {
            actedOn = blank(request.actedOn()) ? null : LocalDate.parse(request.actedOn().trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("actedOn", "actedOn '" + request.actedOn() + "' is not a date like 2026-11-20");
        }
        return recommendations.changeStatus(workspace, id, new StatusChange(RecommendationStatus.parse(request.status()), actedOn));
    }

    @GetMapping("/recommendations/segments")
    List<SegmentAction> segments(WorkspaceId workspace) {
        return recommendations.bySegment(workspace);
    }

    @GetMapping("/recommendations/outcomes")
    OutcomeReport outcomes(WorkspaceId workspace) {
        return recommendations.outcomes(workspace);
    }

    @ExceptionHandler(StatusChangeRejected.class)
    ProblemDetail rejected(StatusChangeRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Status change not allowed");
        return problem;
    }

    /** Body of PATCH: the new status, and optionally the day the action was taken. */
    record StatusRequest(String status, String actedOn) {
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " '" + text + "' is not a whole number");
        }
    }
}
