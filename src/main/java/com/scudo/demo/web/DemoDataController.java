package com.scudo.demo.web;

import com.scudo.demo.DemoBulkLoad;
import com.scudo.demo.DemoData;
import com.scudo.demo.DemoDataSummary;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Loads the demo shop into the caller's workspace; used by the CLI when a server is running. */
@RestController
class DemoDataController {
    private final DemoData demo;

    DemoDataController(DemoData demo) {
        this.demo = demo;
    }

    @PostMapping("/api/v1/demo-data")
    DemoDataSummary load(WorkspaceId workspace, @RequestParam(defaultValue = "90") int customers,
                         @RequestParam(defaultValue = "42") long seed, @RequestParam(defaultValue = "false") boolean bulk,
                         @RequestParam(defaultValue = "false") boolean allowOtherData) {
        if (customers < 0 || customers > DemoData.MAX_CUSTOMERS) {
            throw new InvalidInputException("customers",
                    "customers must be between 0 and " + DemoData.MAX_CUSTOMERS + ", not " + customers);
        }
        try {
            return demo.load(workspace, customers, seed, bulk, allowOtherData, done -> { });
        } catch (DemoBulkLoad.WorkspaceHasOtherData e) {
            throw new InvalidInputException("workspace", e.getMessage());
        }
    }
}
