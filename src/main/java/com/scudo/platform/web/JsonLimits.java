package com.scudo.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;

/**
 * Bounds on what a JSON body may hold, so a few bytes cannot cost the server seconds or gigabytes: an exponent
 * such as {@code 1e999999999} is a valid JSON number that turns into a billion-digit value as soon as anything
 * prints it. Numbers are bounded in length by the parser and in magnitude where they become decimals; strings,
 * names and nesting are bounded too (the whole body is already bounded by {@code scudo.max-request-bytes}).
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {
    /** Digits before the decimal point a decimal may have: far above any amount a shop records. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the decimal point. */
    static final int MAX_FRACTION_DIGITS = 12;

    @Bean
    JsonFactoryBuilderCustomizer jsonReadConstraints() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(100).maxStringLength(1_000_000).maxNameLength(200).maxNestingDepth(64).build());
    }

    @Bean
    JsonMapperBuilderCustomizer boundedDecimals() {
        SimpleModule module = new SimpleModule("bounded-decimals");
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        return builder -> builder.addModule(module);
    }

    /** True when the value fits the bounds above (and so any column and any message that shows it). */
    static boolean fits(BigDecimal value) {
        return value.precision() - value.scale() <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
    }

    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && !fits(value)) {
                // the value itself stays out of the message: printing it is what costs the gigabytes
                throw InvalidFormatException.from(parser, OUT_OF_RANGE, "(out of range)", BigDecimal.class);
            }
            return value;
        }
    }

    static final String OUT_OF_RANGE = "a number with at most " + MAX_INTEGER_DIGITS + " digits before the decimal "
            + "point and " + MAX_FRACTION_DIGITS + " after it";
}
