package com.scudo.assistant.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssistantSettings.class)
class AssistantConfiguration {

    /** Only with {@code scudo.assistant.llm.enabled=true}: without it the assistant runs on rules alone. */
    @Bean
    @ConditionalOnProperty(name = "scudo.assistant.llm.enabled", havingValue = "true")
    LanguageModelAssistant languageModelAssistant(AssistantSettings settings, AssistantTools tools) {
        return new LanguageModelAssistant(settings.llm(), tools);
    }
}
