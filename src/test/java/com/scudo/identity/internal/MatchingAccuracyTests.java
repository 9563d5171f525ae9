package com.scudo.identity.internal;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a generated shop with known duplicates (and households and namesakes that are not), the pairs found —
 * automatic merges and suggestions together — are right at least 95% of the time and find at least 90% of the
 * duplicates. The figures are printed.
 */
class MatchingAccuracyTests {

    @Test
    void generatedShopReachesPrecisionAndRecall() {
        GeneratedShop shop = GeneratedShop.generate(20_000, 0.15, 0.05, 23);
        CandidateFinder.Result result = new CandidateFinder("US", 2_000).find(shop.records());
        Set<String> found = result.matches().stream().map(m -> GeneratedShop.pair(m.a(), m.b()))
                .collect(Collectors.toSet());
        long truePositives = found.stream().filter(shop.truePairs()::contains).count();
        double precision = (double) truePositives / found.size();
        double recall = (double) truePositives / shop.truePairs().size();
        long automatic = result.matches().stream().filter(m -> m.evidence().automatic()).count();
        long automaticRight = result.matches().stream().filter(m -> m.evidence().automatic())
                .filter(m -> shop.truePairs().contains(GeneratedShop.pair(m.a(), m.b()))).count();
        System.out.printf("identity accuracy: %d records, %d true pairs, %d found (%d automatic, %d of them right), "
                        + "precision %.4f, recall %.4f%n", shop.records().size(), shop.truePairs().size(), found.size(),
                automatic, automaticRight, precision, recall);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.90);
    }
}
