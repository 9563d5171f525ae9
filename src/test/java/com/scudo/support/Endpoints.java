package com.scudo.support;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint the application maps, read from Spring's handler mapping, so a test over "all endpoints" also
 * covers the ones added after it was written. A mapping without methods counts as GET and POST.
 */
public final class Endpoints {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private Endpoints() {
    }

    public record Endpoint(String method, String pattern, boolean eventStream) {
        /** Answered like the API (401 problem details, keys accepted): /api, the OpenAPI description and its UI. */
        public boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")
                    || pattern.startsWith("/actuator");
        }

        public boolean writes() {
            return !method.equals("GET") && !method.equals("HEAD");
        }

        /**
         * The path with each variable filled in by {@code value(segmentBefore, variableName)}, e.g.
         * ("customers", "id") for /api/v1/customers/{id}/360.
         */
        public String path(BiFunction<String, String, String> value) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String before = pattern.substring(0, m.start());
                String[] parts = before.split("/");
                String segment = parts.length == 0 ? "" : parts[parts.length - 1];
                String name = m.group(1).replaceAll(":.*", "");
                m.appendReplacement(out, Matcher.quoteReplacement(value.apply(segment, name)));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    public static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
            boolean stream = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .anyMatch(MediaType.TEXT_EVENT_STREAM::isCompatibleWith);
            for (String pattern : info.getPatternValues()) {
                for (String method : names) {
                    endpoints.add(new Endpoint(method, pattern, stream));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }
}
