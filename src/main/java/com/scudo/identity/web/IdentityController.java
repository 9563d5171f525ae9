package com.scudo.identity.web;

import com.scudo.identity.IdentityResolution;
import com.scudo.identity.MatchRun;
import com.scudo.identity.MergeResult;
import com.scudo.shared.CustomerAliases;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Identity resolution: the search for duplicates, the review queue, merges and unmerges, aliases. */
@RestController
@RequestMapping("/api/v1/identity")
@Tag(name = "Identity", description = "Duplicate customers: suggestions, merges, unmerges and aliases")
class IdentityController {
    private final IdentityResolution identity;
    private final CustomerAliases aliases;

    IdentityController(IdentityResolution identity, CustomerAliases aliases) {
        this.identity = identity;
        this.aliases = aliases;
    }

    record Settings(Boolean autoMerge) {
    }

    record MergeRequest(String survivorId, String mergedId) {
    }

    record DecisionRequest(String decision, List<MatchRun.Pair> pairs) {
    }

    record ExternalIdRequest(String source, String externalId, String customerId) {
    }

    @GetMapping("/settings")
    @Operation(summary = "Whether exact evidence (same e-mail, phone or external id) merges without review; off by default")
    Settings settings(@Parameter(hidden = true) WorkspaceId workspace) {
        return new Settings(identity.autoMerge(workspace));
    }

    @PutMapping("/settings")
    Settings setSettings(@Parameter(hidden = true) WorkspaceId workspace, @RequestBody Settings settings) {
        if (settings == null || settings.autoMerge() == null) {
            throw new InvalidInputException("autoMerge", "true or false is required");
        }
        identity.setAutoMerge(workspace, settings.autoMerge());
        return new Settings(identity.autoMerge(workspace));
    }

    @PostMapping("/runs")
    @Operation(summary = "Search the workspace for duplicates: merges exact matches where allowed, suggests the rest")
    MatchRun run(@Parameter(hidden = true) WorkspaceId workspace) {
        return identity.findDuplicates(workspace);
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Open suggestions, strongest first, with both customers and the evidence")
    MatchRun.Suggestions suggestions(@Parameter(hidden = true) WorkspaceId workspace,
                                     @RequestParam(defaultValue = "50") int limit) {
        return identity.openSuggestions(workspace, limit);
    }

    @PostMapping("/suggestions/decisions")
    @Operation(summary = "Accept (merge) or reject suggested pairs, one or many: {\"decision\": \"accept\", \"pairs\": [{\"a\": .., \"b\": ..}]}")
    List<MatchRun.Decision> decide(@Parameter(hidden = true) WorkspaceId workspace, @RequestBody DecisionRequest request) {
        if (request == null || !("accept".equals(request.decision()) || "reject".equals(request.decision()))) {
            throw new InvalidInputException("decision", "accept or reject");
        }
        return identity.decide(workspace, request.pairs(), "accept".equals(request.decision()));
    }

    @PostMapping("/merges")
    @Operation(summary = "Merge mergedId into survivorId: histories combined in both stores, old id and e-mail kept as aliases")
    ResponseEntity<MergeResult> merge(@Parameter(hidden = true) WorkspaceId workspace, @RequestBody MergeRequest request) {
        if (request == null || request.survivorId() == null || request.mergedId() == null) {
            throw new InvalidInputException("survivorId", "survivorId and mergedId are required");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(identity.merge(workspace, CustomerId.of(request.survivorId()),
                CustomerId.of(request.mergedId())));
    }

    @GetMapping("/merges")
    List<MergeResult> merges(@Parameter(hidden = true) WorkspaceId workspace,
                             @RequestParam(required = false) String customerId,
                             @RequestParam(defaultValue = "50") int limit) {
        return identity.merges(workspace, customerId == null ? null : CustomerId.of(customerId), limit);
    }

    @PostMapping("/merges/{mergeId}/unmerge")
    @Operation(summary = "Take a merge back: both customers as they were before it, scores included")
    MergeResult unmerge(@Parameter(hidden = true) WorkspaceId workspace, @PathVariable String mergeId) {
        return identity.unmerge(workspace, mergeId);
    }

    @GetMapping("/aliases")
    @Operation(summary = "The customer an old id or e-mail of a merged-away customer finds now")
    Map<String, String> alias(@Parameter(hidden = true) WorkspaceId workspace, @RequestParam String reference) {
        var survivor = reference.contains("@") ? aliases.survivorOfEmail(workspace, reference)
                : CustomerId.isValid(reference) ? aliases.survivorOfId(workspace, CustomerId.of(reference))
                : java.util.Optional.<CustomerId>empty();
        return Map.of("reference", reference, "customerId",
                survivor.orElseThrow(() -> new NotFoundException("no merged-away customer is known as " + reference)).value());
    }

    @PostMapping("/external-ids")
    @Operation(summary = "Link an id the customer has in another system (connectors, imports)")
    ResponseEntity<Void> link(@Parameter(hidden = true) WorkspaceId workspace, @RequestBody ExternalIdRequest request) {
        if (request == null || request.customerId() == null) {
            throw new InvalidInputException("customerId", "customerId is required");
        }
        identity.linkExternalId(workspace, request.source(), request.externalId(), CustomerId.of(request.customerId()));
        return ResponseEntity.noContent().build();
    }
}
