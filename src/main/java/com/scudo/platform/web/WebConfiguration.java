package com.scudo.platform.web;

import com.scudo.platform.ScudoSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    private final ScudoSettings settings;

    WebConfiguration(ScudoSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new WorkspaceArgumentResolver());
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter() {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(settings.maxRequestBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(-100);
        return registration;
    }

    /** After the size limit, which bounds the API bodies this one reads. */
    @Bean
    FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter(tools.jackson.databind.json.JsonMapper json) {
        FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(new NulCharacterFilter(json));
        registration.addUrlPatterns("/*"); // pages' parameters reach the same queries
        registration.setOrder(-99);
        return registration;
    }

    /** First of all filters, so that security's and the request metrics' log lines carry the id too. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
