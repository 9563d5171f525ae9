package com.scudo.support;

import com.scudo.recommendation.Recommendations;
import com.scudo.shared.WorkspaceId;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Wraps the real recommendations so a test can make their generation fail for one workspace. */
public class FailingRecommendations implements BeanPostProcessor {
    private static final Set<WorkspaceId> failing = ConcurrentHashMap.newKeySet();

    public static void failFor(WorkspaceId workspace) {
        failing.add(workspace);
    }

    public static void heal(WorkspaceId workspace) {
        failing.remove(workspace);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof Recommendations real)) {
            return bean;
        }
        return Proxy.newProxyInstance(Recommendations.class.getClassLoader(), new Class<?>[]{Recommendations.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("generate") && args != null && args.length > 0
                            && failing.contains(args[0])) {
                        throw new IllegalStateException("recommendation rules unavailable (test)");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
