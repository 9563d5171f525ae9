package com.scudo.imports;

import com.scudo.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats an import reads; docs/import-format.md describes each. */
public enum ImportFormat {
    SCUDO_CUSTOMERS("scudo-customers"),
    SCUDO_ORDERS("scudo-orders"),
    SCUDO_INTERACTIONS("scudo-interactions"),
    SHOPIFY("shopify"),
    CDNOW("cdnow");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ImportFormat parse(String text) {
        String normal = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ImportFormat format : values()) {
            if (format.label.equals(normal)) {
                return format;
            }
        }
        throw new InvalidInputException("format", "format '" + text + "' is not one of "
                + Arrays.stream(values()).map(ImportFormat::label).collect(Collectors.joining(", ")));
    }
}
