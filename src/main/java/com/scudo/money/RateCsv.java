package com.scudo.money;

import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidInputException.FieldProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads rates from CSV with the header {@code currency,date,rate}; every bad line is named, nothing is half-loaded. */
public final class RateCsv {
    private static final int MAX_ROWS = 100_000;

    private RateCsv() {
    }

    public static List<ExchangeRate> read(Reader csv) throws IOException {
        List<ExchangeRate> rates = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreHeaderCase(true).get();
        try (var parser = format.parse(csv)) {
            if (!parser.getHeaderMap().keySet().containsAll(List.of("currency", "date", "rate"))) {
                throw new InvalidInputException("header", "the first line must name the columns currency,date,rate");
            }
            for (CSVRecord row : parser) {
                if (rates.size() >= MAX_ROWS) {
                    throw new InvalidInputException("rows", "at most " + MAX_ROWS + " rates per upload");
                }
                String line = "line " + (row.getRecordNumber() + 1);
                try {
                    rates.add(new ExchangeRate(row.get("currency"), LocalDate.parse(row.get("date")),
                            new BigDecimal(row.get("rate"))));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    problems.add(new FieldProblem(line, "expected currency,YYYY-MM-DD,positive number; got "
                            + String.join(",", row.toList())));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidInputException("body", "the CSV could not be read: " + e.getCause().getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > 50 ? problems.subList(0, 50) : problems);
        }
        return rates;
    }
}
