package com.scudo.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by a server process, by the PostgreSQL backends serving one database and by this process,
 * read from Linux's /proc (clock ticks of 10 ms). A benchmark's figure, for a machine shared with other work.
 */
record CpuTimes(double serverMs, double postgresMs, double clientMs, double compilerMs) {
    private static final double MS_PER_TICK = 10.0;

    static CpuTimes read(long serverPid, String database) {
        double client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
        Path server = Path.of("/proc", Long.toString(serverPid));
        return new CpuTimes(serverPid > 0 ? ticks(server) : 0, database.isBlank() ? 0 : postgresBackends(database), client,
                serverPid > 0 ? compilerThreads(server) : 0);
    }

    CpuTimes minus(CpuTimes before) {
        return new CpuTimes(serverMs - before.serverMs, postgresMs - before.postgresMs, clientMs - before.clientMs,
                compilerMs - before.compilerMs);
    }

    double totalMs() {
        return serverMs + postgresMs + clientMs;
    }

    /** The share of the server's CPU its JIT compiler threads took: high while the server is still warming up. */
    double compilerShare() {
        return serverMs <= 0 ? 0 : compilerMs / serverMs;
    }

    /** The JIT compiler's threads are named "C1 CompilerThre…" and "C2 CompilerThre…" in /proc (15 characters). */
    private static double compilerThreads(Path process) {
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            return threads.filter(t -> threadName(t).matches("C[12] CompilerThre.*")).mapToDouble(CpuTimes::ticks).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String threadName(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** Backends show "postgres: [CLUSTER: ]USER DATABASE HOST(PORT) STATE" as their command line. */
    private static double postgresBackends(String database) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> commandLine(p).matches("postgres: (\\S+: )?\\S+ " + java.util.regex.Pattern.quote(database) + " .*"))
                    .mapToDouble(CpuTimes::ticks).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static double ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
