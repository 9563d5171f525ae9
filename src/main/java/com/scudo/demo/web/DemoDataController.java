package com.scudo.demo.web;

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
                         @RequestParam(defaultValue = "42") long seed) {
        if (customers < 0 || customers > 100_000) {
            throw new InvalidInputException("customers", "customers must be between 0 and 100000, not " + customers);
        }
        return demo.load(workspace, customers, seed);
    }
}
