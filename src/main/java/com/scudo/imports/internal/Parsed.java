package com.scudo.imports.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.imports.RowError;

import java.util.List;

/**
 * What the reader made of one or more consecutive rows: at most one record (an order may span
 * several line-item rows), a customer the record brings along, and the rows it refused.
 * {@code lastLine} is the checkpoint unit: an import resumes after the last line it committed.
 */
public record Parsed(long firstLine, long lastLine, int rows, Object record, CustomerProfile customer,
                     boolean customerCreateOnly, List<RowError> errors) {

    public Parsed {
        errors = errors == null ? List.of() : List.copyOf(errors);
        if (record != null && !(record instanceof Order || record instanceof CustomerProfile
                || record instanceof Interaction)) {
            throw new IllegalArgumentException("not an importable record: " + record.getClass());
        }
    }

    static Parsed rejected(long firstLine, long lastLine, int rows, List<RowError> errors) {
        return new Parsed(firstLine, lastLine, rows, null, null, false, errors);
    }
}
