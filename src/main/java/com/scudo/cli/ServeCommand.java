package com.scudo.cli;

import com.scudo.ScudoApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "Run the server: API, dashboard and assistant (the default command).")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default 8080, or $PORT).")
    Integer port;

    @Option(names = "--no-demo-data", description = "Do not load the demo shop into an empty default workspace.")
    boolean noDemoData;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArguments);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (noDemoData) {
            args.add("--scudo.demo.load-on-start=false");
        }
        SpringApplication.run(ScudoApplication.class, args.toArray(String[]::new));
        return 0;
    }
}
