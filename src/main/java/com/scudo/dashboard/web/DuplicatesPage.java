package com.scudo.dashboard.web;

import com.scudo.identity.IdentityResolution;
import com.scudo.identity.MatchRun;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/** The review queue of possible duplicates: each pair with its evidence; accept (merge) or reject, many at once. */
@Controller
class DuplicatesPage {
    private static final int SHOWN = 200;

    private final IdentityResolution identity;

    DuplicatesPage(IdentityResolution identity) {
        this.identity = identity;
    }

    @GetMapping("/duplicates")
    String list(WorkspaceId workspace, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("page", "duplicates");
        model.addAttribute("queue", identity.openSuggestions(workspace, SHOWN));
        model.addAttribute("autoMerge", identity.autoMerge(workspace));
        model.addAttribute("done", done);
        return "dashboard/duplicates";
    }

    @PostMapping("/duplicates/search")
    String search(WorkspaceId workspace) {
        MatchRun run = identity.findDuplicates(workspace);
        return back(workspace, run.suggested() + (run.suggested() == 1 ? " new suggestion, " : " new suggestions, ")
                + run.merged() + " merged automatically");
    }

    /** {@code pair} values are "a|b"; decision is accept or reject. */
    @PostMapping("/duplicates/decisions")
    String decide(WorkspaceId workspace, @RequestParam(required = false) List<String> pair,
                  @RequestParam String decision) {
        if (pair == null || pair.isEmpty()) {
            return back(workspace, "Choose at least one pair");
        }
        List<MatchRun.Pair> pairs = pair.stream().filter(p -> p.contains("|"))
                .map(p -> new MatchRun.Pair(p.substring(0, p.indexOf('|')), p.substring(p.indexOf('|') + 1))).toList();
        List<MatchRun.Decision> decisions = identity.decide(workspace, pairs, "accept".equals(decision));
        long merged = decisions.stream().filter(d -> "merged".equals(d.outcome())).count();
        long rejected = decisions.stream().filter(d -> "rejected".equals(d.outcome())).count();
        return back(workspace, merged + " merged, " + rejected + " rejected");
    }

    private static String back(WorkspaceId workspace, String done) {
        return "redirect:" + UriComponentsBuilder.fromPath("/duplicates").queryParam("workspace", workspace.value())
                .queryParam("done", done).encode().toUriString();
    }
}
