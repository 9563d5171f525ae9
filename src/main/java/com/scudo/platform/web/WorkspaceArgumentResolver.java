package com.scudo.platform.web;

import com.scudo.platform.RequestWorkspace;
import com.scudo.shared.AccessRefusedException;
import com.scudo.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the workspace the security layer decided for this request (the API key's workspace, or the
 * signed-in user's chosen or first workspace). It never falls back to the header or a default: a request the
 * security layer did not place in a workspace is refused, so no endpoint can serve another workspace's data.
 */
class WorkspaceArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(WorkspaceId.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        WorkspaceId decided = http == null ? null : RequestWorkspace.of(http).orElse(null);
        if (decided == null) {
            throw new AccessRefusedException("This request is not signed in to a workspace.");
        }
        // Belt and braces: the filter already refused a mismatch; a request naming another workspace never gets this one.
        String requested = RequestWorkspace.requested(http);
        if (requested != null && !requested.equals(decided.value())) {
            throw new AccessRefusedException("You do not have access to workspace '" + requested + "'.");
        }
        return decided;
    }
}
