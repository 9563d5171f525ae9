package com.scudo.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The assistant chat. The page asks through the assistant's own event stream
 * ({@code /api/v1/assistant/stream}) and renders the insight, cards and query as they arrive.
 */
@Controller
class AssistantPage {
    static final List<String> EXAMPLES = List.of("Show me VIP customers", "Find customers at risk of churning",
            "Analyze business professional segment", "Who is likely to order in the next two weeks?");

    @GetMapping("/assistant")
    String assistant(@RequestParam(name = "q", required = false) String question, Model model) {
        model.addAttribute("page", "assistant");
        model.addAttribute("examples", EXAMPLES);
        model.addAttribute("q", question == null || question.isBlank() ? null : question.trim());
        return "dashboard/assistant";
    }
}
