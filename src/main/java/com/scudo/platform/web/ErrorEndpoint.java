package com.scudo.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * {@code /error}, where the servlet container sends what failed outside a controller (an unknown path, a body
 * refused before reading, a filter's error): a problem detail for the API and any non-browser caller, the
 * dashboard's plain page for a browser. Called directly, nothing failed, so it is "not found" (it used to be 500).
 * Replaces Boot's error controller, whose JSON is not a problem detail.
 */
@Controller
class ErrorEndpoint implements ErrorController {

    private final JsonMapper json;

    ErrorEndpoint(JsonMapper json) {
        this.json = json;
    }

    /** A browser's page request; an API path gets its problem detail even when a browser asks. */
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(problemOf(status)));
            return null; // answered here
        }
        ModelAndView page = new ModelAndView("security/denied");
        page.addObject("heading", status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase());
        page.addObject("message", detail(status));
        page.setStatus(status);
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemOf(status));
    }

    private static ProblemDetail problemOf(HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith("/api/");
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: check the address, its parameters and the body.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            case CONTENT_TOO_LARGE -> "The request is larger than this server accepts.";
            case UNAUTHORIZED -> "Sign in, or send an API key as 'Authorization: Bearer <key>'.";
            case FORBIDDEN -> "You are not allowed to do this.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. Nothing you sent was lost; try again."
                    : status.getReasonPhrase() + ".";
        };
    }
}
