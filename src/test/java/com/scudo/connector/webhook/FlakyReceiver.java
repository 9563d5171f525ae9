package com.scudo.connector.webhook;

import com.scudo.connector.internal.Signatures;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on loopback that fails at random: sometimes before it processed the event (500), sometimes
 * after (it keeps the event, then answers 503 as if it crashed before acknowledging). It checks each signature and
 * keeps events by their Idempotency-Key, as a receiver should.
 */
final class FlakyReceiver implements AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    final Set<String> processed = ConcurrentHashMap.newKeySet();
    final List<String> badSignatures = new CopyOnWriteArrayList<>();
    /** Every body received under each Idempotency-Key: a repeat must carry the same event. */
    final Map<String, Set<String>> bodies = new ConcurrentHashMap<>();
    volatile double failBefore;
    volatile double failAfter;
    volatile String secret;
    private final Random random;
    private final HttpServer server;

    FlakyReceiver(long seed, double failBefore, double failAfter) throws IOException {
        this.random = new Random(seed);
        this.failBefore = failBefore;
        this.failAfter = failAfter;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String signature = exchange.getRequestHeaders().getFirst("Scudo-Signature");
            received.add(key);
            bodies.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(body);
            if (!validSignature(signature, body)) {
                badSignatures.add(key);
            }
            int status;
            synchronized (random) {
                double roll = random.nextDouble();
                if (roll < this.failBefore) {
                    status = 500;
                } else {
                    processed.add(key);
                    status = random.nextDouble() < this.failAfter ? 503 : 200;
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    private boolean validSignature(String header, String body) {
        if (header == null || secret == null) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        return header.equals(Signatures.timestamped(secret, Long.parseLong(t), body));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
