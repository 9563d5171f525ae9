package com.scudo.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every problem detail small, whatever wrote it: messages quote what the caller sent (an id, a parameter
 * value) and Spring adds the request path as {@code instance}, so a long value would otherwise come back several
 * times over. Texts are cut with an ellipsis; the answer stays well under 4 KB.
 */
@RestControllerAdvice
class BoundedProblems implements ResponseBodyAdvice<Object> {
    static final int MAX_DETAIL = 600;
    static final int MAX_TEXT = 200;
    static final int MAX_ENTRIES = 5;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            bound(problem);
        }
        return body;
    }

    static ProblemDetail bound(ProblemDetail problem) {
        problem.setDetail(cut(problem.getDetail(), MAX_DETAIL));
        problem.setTitle(cut(problem.getTitle(), MAX_TEXT));
        if (problem.getInstance() != null && problem.getInstance().toString().length() > MAX_TEXT) {
            problem.setInstance(null); // the caller knows what it asked for
        }
        Map<String, Object> properties = problem.getProperties();
        if (properties != null) {
            properties.replaceAll((name, value) -> bounded(value));
        }
        return problem;
    }

    /** Texts cut, lists (such as the per-field errors) to their first few entries. */
    private static Object bounded(Object value) {
        if (value instanceof String text) {
            return cut(text, MAX_TEXT);
        }
        if (value instanceof List<?> list) {
            return list.stream().limit(MAX_ENTRIES).map(BoundedProblems::bounded).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, bounded(v)));
            return copy;
        }
        return value;
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "...";
    }
}
