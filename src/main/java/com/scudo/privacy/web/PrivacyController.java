package com.scudo.privacy.web;

import com.scudo.privacy.CustomerDataExport;
import com.scudo.privacy.CustomerPrivacy;
import com.scudo.privacy.ErasureResult;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Privacy requests about one customer: everything held about them, and their erasure. */
@RestController
@RequestMapping("/api/v1/customers/{id}/privacy")
@Tag(name = "Privacy", description = "Access (export everything held about a customer) and erasure requests")
class PrivacyController {
    private final CustomerPrivacy privacy;

    PrivacyController(CustomerPrivacy privacy) {
        this.privacy = privacy;
    }

    @GetMapping("/export")
    @Operation(summary = "Everything held about the customer in both stores, as JSON (an access request)")
    ResponseEntity<CustomerDataExport> export(@Parameter(hidden = true) WorkspaceId workspace,
                                              @Parameter(description = "Customer id") @PathVariable String id) {
        CustomerDataExport export = privacy.export(workspace, CustomerId.of(id));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"customer-" + id + "-data.json\"")
                .body(export);
    }

    @DeleteMapping
    @Operation(summary = "Erase the customer from both stores: 200 when erased (also when asked again), 202 while an "
            + "analytics run holds it back (it completes by itself), 404 when nothing is held about them")
    ResponseEntity<ErasureResult> erase(@Parameter(hidden = true) WorkspaceId workspace,
                                        @Parameter(description = "Customer id") @PathVariable String id) {
        ErasureResult result = privacy.erase(workspace, CustomerId.of(id));
        return ResponseEntity.status(result.erased() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(result);
    }
}
