package com.scudo.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a command line for the product in a JVM of its own, on the tests' class path (the kill -9 tests).
 * Such a process lives seconds to a minute, mostly starting up: with the JIT's first tier only (C1) a start costs
 * about 9 CPU-seconds instead of 21 (measured 2026-12-06 on 2 cores), and nothing it does runs long enough to
 * profit from the second (C2).
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static List<String> command(String maxHeap, String mainClass) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "-cp", classpath, mainClass));
    }
}
