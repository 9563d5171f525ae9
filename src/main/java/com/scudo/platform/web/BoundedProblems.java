package com.scudo.platform.web;

import com.scudo.platform.Problems;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Keeps every problem detail small, whatever wrote it: messages quote what the caller sent (an id, a parameter
 * value) and Spring adds the request path as {@code instance}, so a long value would otherwise come back several
 * times over. Texts are cut with an ellipsis; the answer stays well under 4 KB ({@link Problems#bounded}).
 */
@RestControllerAdvice
class BoundedProblems implements ResponseBodyAdvice<Object> {
    static final int MAX_DETAIL = Problems.MAX_DETAIL;
    static final int MAX_TEXT = Problems.MAX_TEXT;
    static final int MAX_ENTRIES = Problems.MAX_ENTRIES;

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
        return Problems.bounded(problem);
    }

    static String cut(String text, int max) {
        return Problems.cut(text, max);
    }
}
