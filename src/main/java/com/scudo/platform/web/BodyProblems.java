package com.scudo.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a JSON body in the caller's terms: where (a path such as {@code items[0].unitPrice}) and
 * what was expected (a number, text, a list). Never the parser's own message, which names Java types
 * ({@code java.math.BigDecimal}, the request record's class) and the parser's settings.
 */
final class BodyProblems {
    /** Anything that reads like a Java type name or an internal setting, in case a message slips through. */
    private static final Pattern INTERNALS = Pattern.compile(
            "`[^`]*`|\\(class [^)]*\\)|\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:\\.[A-Za-z0-9_$]+)*(?:\\(\\))?");

    private BodyProblems() {
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof StreamConstraintsException) {
            return "The request body is beyond this server's limits: numbers of at most 100 characters, texts of at "
                    + "most 1,000,000 characters and at most 64 levels of nesting.";
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "The field '" + path(unknown) + "' is not known here" + known(unknown) + ".";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String where = path(mismatch);
            String expected = JsonLimits.OUT_OF_RANGE.equals(mismatch.getOriginalMessage())
                    ? JsonLimits.OUT_OF_RANGE : expected(mismatch.getTargetType());
            return where.isEmpty() ? "The request body should be " + expected + "."
                    : "The value of '" + where + "' should be " + expected + ".";
        }
        if (cause instanceof InputCoercionException) {
            return "A number in the request body is too large.";
        }
        if (cause instanceof StreamReadException read) {
            String first = read.getOriginalMessage() == null ? "" : read.getOriginalMessage().lines().findFirst().orElse("");
            String clean = clean(first);
            if (!clean.isEmpty() && clean.length() <= 200) {
                var at = read.getLocation();
                return "The request body is not valid JSON" + (at == null || at.getLineNr() < 1 ? "" :
                        " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": " + clean;
            }
        }
        if (cause instanceof JacksonException) {
            return "The request body is not valid JSON for this endpoint.";
        }
        return "The request body is missing or could not be read.";
    }

    /** The message without anything that names a Java type or internal setting. */
    static String clean(String message) {
        return INTERNALS.matcher(message == null ? "" : message).replaceAll("").replaceAll("\\s{2,}", " ").trim();
    }

    /** The fields that would have been read at that place, so a typo shows its correction. */
    private static String known(UnrecognizedPropertyException unknown) {
        Collection<Object> ids = unknown.getKnownPropertyIds();
        if (ids == null || ids.isEmpty() || ids.size() > 40) {
            return "";
        }
        return "; the fields here are " + String.join(", ", ids.stream().map(String::valueOf).sorted().toList());
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() > 200 ? path.substring(0, 200) : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum() || Temporal.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }
}
