package com.scudo.cli;

import com.scudo.ScudoApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Opens the stores in this process, without a web server, for a command run when no server is up
 * (the embedded stores can be open in one process at a time).
 */
final class LocalStores {
    private LocalStores() {
    }

    static ConfigurableApplicationContext open(List<String> springArguments) {
        // Command-line arguments outrank application.yml; the caller's own come last and win.
        List<String> args = new ArrayList<>(List.of("--scudo.demo.load-on-start=false",
                "--logging.level.root=WARN", "--logging.level.com.scudo=WARN", "--scudo.sync.replay-initial-delay=PT1M"));
        args.addAll(springArguments);
        return new SpringApplicationBuilder(ScudoApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }
}
