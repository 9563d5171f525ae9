package com.scudo.ingest;

import com.scudo.support.ChildJvm;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The product as a separate process on the test's stores, to be killed (SIGKILL) and started again. */
final class ServerProcess {
    private final Path dir;
    private final List<String> stores;
    private final int port;
    private Process process;

    ServerProcess(Path dir, List<String> stores) throws IOException {
        this.dir = dir;
        this.stores = stores;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    /** Runs a command of the command line on the stores (no server running) and returns its standard output. */
    String command(String... args) throws Exception {
        return run("http://127.0.0.1:9", args);
    }

    /**
     * Runs a command of the command line through the running server, as on the server's machine (with the local
     * admin token from the data directory when no key is given): a short process that opens no store.
     */
    String commandThroughServer(String... args) throws Exception {
        return run(base(), args);
    }

    private String run(String server, String... args) throws Exception {
        List<String> command = java(args);
        command.addAll(List.of("--server", server));
        command.addAll(stores);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("command.log").toFile());
        builder.environment().put("DDB_LOCAL_TELEMETRY", "0");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("command " + List.of(args) + " failed: " + out + Files.readString(dir.resolve("command.log")));
        }
        return out;
    }

    void start() throws Exception {
        List<String> command = java("serve", "--port", String.valueOf(port), "--no-demo-data");
        command.addAll(stores);
        command.add("--logging.level.com.scudo=WARN");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
        builder.environment().put("DDB_LOCAL_TELEMETRY", "0");
        process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(dir.resolve("server.log")));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start in time: " + Files.readString(dir.resolve("server.log")));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no clean close of either store. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a clean stop, so the test can open the stores' files itself. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> java(String... args) {
        List<String> command = ChildJvm.command("768m", "com.scudo.cli.ScudoCli");
        command.addAll(List.of(args));
        return command;
    }
}
