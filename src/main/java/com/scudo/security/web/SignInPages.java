package com.scudo.security.web;

import com.scudo.security.internal.SetupCode;
import com.scudo.shared.AccessRefusedException;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;

/** The sign-in form, the one-time first-admin setup, and the "not allowed" page, in the dashboard's look. */
@Controller
class SignInPages {
    static final String REFUSED = "That user name and password did not work. After 5 failed attempts in a row an "
            + "account is locked for 15 minutes; an admin can unlock it sooner.";
    private final SetupCode setup;

    SignInPages(SetupCode setup) {
        this.setup = setup;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedout,
                 @RequestParam(required = false) String created, Model model) {
        if (error != null) {
            model.addAttribute("error", REFUSED);
        } else if (signedout != null) {
            model.addAttribute("notice", "You are signed out.");
        } else if (created != null) {
            model.addAttribute("notice", "Your admin account is ready. Sign in with it.");
        }
        model.addAttribute("setupOpen", setup.open());
        return "security/login";
    }

    @GetMapping("/setup")
    String setupForm(Model model, HttpServletResponse response) {
        if (!setup.open()) {
            return closed(model, response);
        }
        model.addAttribute("minPassword", com.scudo.security.UserAccounts.MIN_PASSWORD);
        return "security/setup";
    }

    @PostMapping("/setup")
    String createFirstAdmin(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String username,
                            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
                            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!setup.open()) {
            return closed(model, response);
        }
        model.addAttribute("username", username);
        model.addAttribute("minPassword", com.scudo.security.UserAccounts.MIN_PASSWORD);
        char[] secret = password.toCharArray();
        try {
            if (!password.equals(confirm)) {
                response.setStatus(400);
                model.addAttribute("error", "The two passwords are not the same.");
                return "security/setup";
            }
            setup.createFirstAdmin(code, username, secret, request.getRemoteAddr());
            return "redirect:/login?created";
        } catch (AccessRefusedException e) {
            response.setStatus(403);
            model.addAttribute("error", e.getMessage());
        } catch (InvalidValueException | ConflictException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
        return "security/setup";
    }

    @RequestMapping("/access-denied")
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(403);
        Object e = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        boolean workspace = e instanceof AccessDeniedException denied && denied.getMessage() != null
                && denied.getMessage().startsWith("You do not have access to workspace");
        model.addAttribute("heading", "You can't do that here");
        model.addAttribute("message", workspace ? ((AccessDeniedException) e).getMessage()
                : "Your role does not allow this. Ask an admin of this shop if you need it.");
        return "security/denied";
    }

    private static String closed(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("heading", "Setup is done");
        model.addAttribute("message", "The first admin already exists. Sign in, or ask an admin to create your account.");
        return "security/denied";
    }
}
