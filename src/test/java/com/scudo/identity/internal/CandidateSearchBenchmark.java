package com.scudo.identity.internal;

import java.util.List;

/**
 * Times the candidate search over generated customers (default 1,000,000): blocking keys, one sort, pair
 * judging. In memory: reading the customers from the analytical store is not included (see docs/identity.md).
 * Usage: scripts/bench-identity [customers] [repeats]
 */
public final class CandidateSearchBenchmark {

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        // ~15% duplicates and ~5% households per person: persons chosen so the shop has about `customers` records.
        GeneratedShop shop = GeneratedShop.generate((int) (customers / 1.185), 0.15, 0.05, 7);
        List<MatchRecord> records = shop.records();
        System.out.printf("generated %,d customers (%,d true duplicate pairs) in %.1f s%n", records.size(),
                shop.truePairs().size(), (System.nanoTime() - t0) / 1e9);
        CandidateFinder finder = new CandidateFinder("US", 2_000);
        for (int r = 1; r <= repeats; r++) {
            long start = System.nanoTime();
            CandidateFinder.Result result = finder.find(records);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %.2f s to find %,d candidate pairs among %,d customers (%,d keys, %,d pairs "
                            + "compared, %d blocks skipped); %,.0f customers/s%n", r, seconds, result.matches().size(),
                    result.customers(), result.keys(), result.pairsCompared(), result.blocksSkipped(),
                    result.customers() / seconds);
        }
        System.out.printf("processors %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
