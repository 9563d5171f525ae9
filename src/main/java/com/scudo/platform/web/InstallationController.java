package com.scudo.platform.web;

import com.scudo.platform.Installation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who this server is, open to anyone: the command line compares the id with the one in its data directory and
 * trusts only a server that shows the same (never sending a key or a password to whatever else answers).
 */
@RestController
class InstallationController {
    private final Installation installation;

    InstallationController(Installation installation) {
        this.installation = installation;
    }

    record Identity(String product, String installationId) {
    }

    @GetMapping("/api/v1/installation")
    Identity identity() {
        return new Identity("Scudo Customer 360", installation.id());
    }
}
