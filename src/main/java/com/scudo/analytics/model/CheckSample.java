package com.scudo.analytics.model;

import java.util.Arrays;
import java.util.List;

/**
 * The customers a large shop's holdout check uses: the {@code size} whose customer id hashes lowest (bottom-k sampling).
 * The hash is a fixed function of the id alone (64-bit FNV-1a, then a finaliser that spreads similar ids such as
 * "c00000001" and "c00000002" apart), so a rerun of the same shop checks the same customers whatever order they are
 * read in, and a shop that gained a few customers keeps almost all of its sample. Every customer is equally likely to
 * be in it, so the sample is a simple random sample for the statistics of the check.
 */
final class CheckSample {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private CheckSample() {
    }

    /** The sample key of a customer id: the same on every machine and in every release. */
    static long key(String customerId) {
        long h = FNV_OFFSET;
        for (int i = 0; i < customerId.length(); i++) {
            h = (h ^ customerId.charAt(i)) * FNV_PRIME;
        }
        // MurmurHash3's fmix64: FNV-1a alone leaves ids that differ in the last character close together
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * Positions of the {@code size} ids with the lowest keys among {@code ids}, in key order; all positions, in reading
     * order, when there are no more than {@code size}. Equal keys (a 64-bit collision) are ordered by the id itself, so
     * the choice is total.
     */
    static int[] lowest(List<String> ids, int size) {
        int n = ids.size();
        if (n <= size) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(ids.get(i));
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        long threshold = sorted[size - 1];
        int below = 0;
        for (long k : keys) {
            if (k < threshold) {
                below++;
            }
        }
        // ids at the threshold key itself (one, unless ids collide): the lowest of them fill the sample
        String[] atThreshold = new String[size - below];
        if (atThreshold.length > 0) {
            String[] tied = new String[(int) Arrays.stream(keys).filter(k -> k == threshold).count()];
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (keys[i] == threshold) {
                    tied[t++] = ids.get(i);
                }
            }
            Arrays.sort(tied);
            System.arraycopy(tied, 0, atThreshold, 0, atThreshold.length);
        }
        String lastTaken = atThreshold.length == 0 ? null : atThreshold[atThreshold.length - 1];
        List<Integer> sample = new java.util.ArrayList<>(size);
        for (int i = 0; i < n && sample.size() < size; i++) {
            if (keys[i] < threshold || keys[i] == threshold && ids.get(i).compareTo(lastTaken) <= 0) {
                sample.add(i);
            }
        }
        // in key order, not reading order: the fits' own search samples and sums then see the same sequence on every run
        sample.sort(java.util.Comparator.<Integer>comparingLong(i -> keys[i]).thenComparing(ids::get));
        return sample.stream().mapToInt(Integer::intValue).toArray();
    }
}
