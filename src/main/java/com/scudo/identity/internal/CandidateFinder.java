package com.scudo.identity.internal;

import com.scudo.identity.Evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the pairs of customers worth judging without comparing every pair: each customer gets a few blocking
 * keys (e-mail, E.164 phone, the phone's last 8 digits, external ids, the e-mail's user name, and each name word
 * with the initial of another word, the city and the country), and only customers sharing a key are compared.
 *
 * <p>Keys are hashed to 40 bits and packed with the customer's index (24 bits) into one {@code long}, so the
 * grouping is one sort of a primitive array: about 6 longs per customer instead of millions of strings in a
 * map. A hash collision only adds a pair the judge then rejects. A block larger than {@code maxBlock} (a shop's
 * placeholder e-mail, a very common name in a big city) is skipped and counted: it would cost its size squared.
 */
public final class CandidateFinder {
    static final int MAX_CUSTOMERS = 1 << 24;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final String defaultRegion;
    private final int maxBlock;

    public CandidateFinder(String defaultRegion, int maxBlock) {
        this.defaultRegion = defaultRegion;
        this.maxBlock = maxBlock;
    }

    /** A pair found, ids in string order, with what links them. */
    public record Match(String a, String b, Evidence evidence) {
    }

    /** The matches and what the search cost. */
    public record Result(List<Match> matches, int customers, int keys, int blocksSkipped, long pairsCompared) {
    }

    public Result find(List<MatchRecord> records) {
        if (records.size() > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("at most " + MAX_CUSTOMERS + " customers per search");
        }
        Prepared[] prepared = new Prepared[records.size()];
        LongList entries = new LongList(records.size() * 6);
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = Prepared.of(records.get(i), defaultRegion);
            for (String key : keys(prepared[i])) {
                entries.add((hash(key) << INDEX_BITS) | i);
            }
        }
        long[] sorted = entries.toSortedArray();
        LongList pairs = new LongList(records.size());
        int skipped = 0;
        for (int start = 0; start < sorted.length; ) {
            int end = start + 1;
            long block = sorted[start] >>> INDEX_BITS;
            while (end < sorted.length && sorted[end] >>> INDEX_BITS == block) {
                end++;
            }
            if (end - start > maxBlock) {
                skipped++;
            } else {
                for (int x = start; x < end; x++) {
                    for (int y = x + 1; y < end; y++) {
                        int i = (int) (sorted[x] & INDEX_MASK);
                        int j = (int) (sorted[y] & INDEX_MASK);
                        if (i != j) {
                            pairs.add(((long) Math.min(i, j) << 32) | Math.max(i, j));
                        }
                    }
                }
            }
            start = end;
        }
        long[] unique = pairs.toSortedArray();
        List<Match> matches = new ArrayList<>();
        long compared = 0;
        for (int k = 0; k < unique.length; k++) {
            if (k > 0 && unique[k] == unique[k - 1]) {
                continue;
            }
            compared++;
            Prepared a = prepared[(int) (unique[k] >>> 32)];
            Prepared b = prepared[(int) (unique[k] & 0xFFFFFFFFL)];
            if (a.id().equals(b.id())) {
                continue;
            }
            Optional<Evidence> evidence = PairJudge.judge(a, b);
            if (evidence.isPresent()) {
                boolean inOrder = a.id().compareTo(b.id()) < 0;
                matches.add(new Match(inOrder ? a.id() : b.id(), inOrder ? b.id() : a.id(), evidence.get()));
            }
        }
        return new Result(matches, prepared.length, sorted.length, skipped, compared);
    }

    static List<String> keys(Prepared p) {
        List<String> keys = new ArrayList<>(8);
        if (p.email() != null) {
            keys.add("e|" + p.email());
        }
        if (p.emailUser() != null && p.emailUser().length() >= 4) {
            keys.add("u|" + p.emailUser());
        }
        if (p.phone() != null) {
            keys.add("p|" + p.phone());
        }
        if (p.phoneTail() != null) {
            keys.add("t|" + p.phoneTail());
        }
        for (String id : p.externalIds()) {
            keys.add("x|" + id);
        }
        if (p.name() != null && p.city() != null) {
            // One name word in full with the other word's initial: a typo in one word keeps the other key, and a
            // block holds the few "smith, j..." of a city, not all its Johns (a million customers made 100M pairs).
            String[] words = p.name().split(" ");
            int n = Math.min(words.length, 3);
            String place = "|" + p.city() + "|" + p.country();
            if (n == 1) {
                keys.add("n|" + words[0] + place);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && words[i].length() >= 2) {
                        keys.add("n|" + words[i] + "|" + words[j].charAt(0) + place);
                    }
                }
            }
        }
        return keys;
    }

    /** 64-bit FNV-1a, cut to 40 bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ (h >>> 29)) >>> (64 - 40);
    }

    /** A growable array of longs: millions of keys without boxing. */
    private static final class LongList {
        private long[] values;
        private int size;

        LongList(int capacity) {
            values = new long[Math.max(16, capacity)];
        }

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        long[] toSortedArray() {
            long[] result = Arrays.copyOf(values, size);
            Arrays.parallelSort(result);
            return result;
        }
    }
}
