package com.scudo.dashboard.web;

import com.scudo.segment.SegmentMigration;
import com.scudo.shared.Figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The migration matrix laid out for a table: one row per earlier segment, one cell per later segment. */
record MigrationTable(List<String> headings, List<Row> rows, List<String> notable) {
    private static final int NOTABLE = 5;

    record Row(String name, List<Cell> cells) {
    }

    record Cell(long customers, boolean diagonal) {
    }

    static MigrationTable of(SegmentMigration migration, Map<String, String> names, Figures figures) {
        Map<String, Long> counts = new HashMap<>();
        for (SegmentMigration.Flow flow : migration.flows()) {
            counts.put(flow.from() + "\u0000" + flow.to(), flow.customers());
        }
        // Only segments that appear in a flow: the rest would be rows and columns of zeros.
        List<String> used = migration.segments().stream().filter(s -> migration.flows().stream()
                .anyMatch(f -> f.from().equals(s) || f.to().equals(s))).toList();
        List<Row> rows = new ArrayList<>();
        for (String from : used) {
            List<Cell> cells = new ArrayList<>();
            for (String to : used) {
                cells.add(new Cell(counts.getOrDefault(from + "\u0000" + to, 0L), from.equals(to)));
            }
            rows.add(new Row(names.getOrDefault(from, from), cells));
        }
        return new MigrationTable(used.stream().map(s -> names.getOrDefault(s, s)).toList(), rows,
                notable(migration, names, figures));
    }

    /**
     * The biggest moves by value, as the API's {@code notable} picks them, but with the segments' names a shop
     * owner knows instead of their ids.
     */
    private static List<String> notable(SegmentMigration migration, Map<String, String> names, Figures figures) {
        return migration.flows().stream().filter(f -> !f.from().equals(f.to()))
                .sorted(Comparator.comparing(SegmentMigration.Flow::value)
                        .thenComparingLong(SegmentMigration.Flow::customers).reversed())
                .limit(NOTABLE)
                .map(f -> f.customers() + (f.customers() == 1 ? " customer" : " customers") + " worth "
                        + figures.money(f.value()) + " moved from " + name(f.from(), names) + " to " + name(f.to(), names))
                .toList();
    }

    private static String name(String id, Map<String, String> names) {
        return SegmentMigration.NONE.equals(id) ? "no segment" : names.getOrDefault(id, id);
    }
}
