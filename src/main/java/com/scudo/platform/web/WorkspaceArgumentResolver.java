package com.scudo.platform.web;

import com.scudo.platform.ScudoSettings;
import com.scudo.shared.WorkspaceId;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the workspace of the request: the X-Scudo-Workspace header, else a {@code workspace} query
 * parameter (pages and browser EventSource connections cannot set headers), else the default.
 */
class WorkspaceArgumentResolver implements HandlerMethodArgumentResolver {
    static final String HEADER = "X-Scudo-Workspace";
    static final String PARAMETER = "workspace";
    private final ScudoSettings settings;

    WorkspaceArgumentResolver(ScudoSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(WorkspaceId.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return WorkspaceId.of(header.trim());
        }
        String query = request.getParameter(PARAMETER);
        return query == null || query.isBlank() ? settings.defaultWorkspace() : WorkspaceId.of(query.trim());
    }
}
