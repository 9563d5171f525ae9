package com.scudo.dashboard.web;

import com.scudo.shared.AccessRefusedException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import com.scudo.platform.RequestWorkspace;
import com.scudo.shared.Figures;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.ErrorResponse;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * What every page shares: the workspace it shows (carried in links as a query parameter), and errors as a
 * page in plain words instead of the API's JSON problem details.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {
    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);
    private static final DisconnectedClientHelper DISCONNECTED =
            new DisconnectedClientHelper(PageAdvice.class.getName() + ".disconnected");
    private final Formats formats;

    PageAdvice(Formats formats) {
        this.formats = formats;
    }

    @ModelAttribute("workspace")
    String workspace(WorkspaceId workspace) {
        return workspace.value();
    }

    /** The page script formats money, numbers and dates the same way as the server (body data attributes). */
    @ModelAttribute("figures")
    Figures figures() {
        return formats.figures();
    }

    /**
     * An error page's model is a new one, without the attributes above: the header would say "Shop: null" and the
     * links would lose the workspace. Every handler below fills it in again from the request.
     */
    private void shared(Model model, HttpServletRequest request) {
        RequestWorkspace.of(request).ifPresent(w -> model.addAttribute("workspace", w.value()));
        model.addAttribute("figures", formats.figures());
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        shared(model, request);
        response.setStatus(404);
        model.addAttribute("heading", "We couldn't find that");
        model.addAttribute("message", e.getMessage() + ". It may have been removed, or the link is out of date.");
        return "dashboard/error";
    }

    @ExceptionHandler(AccessRefusedException.class)
    String refused(AccessRefusedException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        shared(model, request);
        response.setStatus(403);
        model.addAttribute("heading", "You can't open this shop");
        model.addAttribute("message", e.getMessage() + " Ask an admin to add you to it.");
        return "dashboard/error";
    }

    @ExceptionHandler({InvalidInputException.class, InvalidValueException.class})
    String invalid(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        shared(model, request);
        response.setStatus(400);
        model.addAttribute("heading", "Something in that request doesn't look right");
        model.addAttribute("message", e.getMessage());
        return "dashboard/error";
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        // The browser went away (a reload, a closed tab) while the page was written: nobody is left to show an error
        // page to, and writing one fails again. Logged at debug by Spring's helper, not as a failure of ours.
        if (DISCONNECTED.checkAndLogClientDisconnectedException(e)) {
            return null;
        }
        shared(model, request);
        // Spring's own request errors (a missing parameter, a wrong method) carry their 4xx status.
        if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            return badRequest(error, model, response);
        }
        log.warn("Dashboard page failed", e);
        response.setStatus(500);
        model.addAttribute("heading", "This page could not be loaded");
        model.addAttribute("message", "Something went wrong on our side. Please try again in a moment; "
                + "your data is safe.");
        return "dashboard/error";
    }

    private static String badRequest(ErrorResponse error, Model model, HttpServletResponse response) {
        response.setStatus(error.getStatusCode().value());
        model.addAttribute("heading", "Something in that request doesn't look right");
        model.addAttribute("message", "Please go back and try again from the page.");
        return "dashboard/error";
    }
}
