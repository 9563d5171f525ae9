package com.scudo.platform.web;

import com.scudo.platform.ScudoSettings;
import com.scudo.shared.WorkspaceId;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controllers the workspace of the request: the X-Scudo-Workspace header, else the default. */
class WorkspaceArgumentResolver implements HandlerMethodArgumentResolver {
    static final String HEADER = "X-Scudo-Workspace";
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
        return header == null || header.isBlank() ? settings.defaultWorkspace() : WorkspaceId.of(header.trim());
    }
}
