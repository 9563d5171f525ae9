package com.scudo.assistant.internal;

import com.scudo.shared.InvalidValueException;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The assistant's settings ({@code scudo.assistant.*}). The language-model backend is off unless
 * {@code llm.enabled} is true; then {@code llm.url} is an OpenAI-compatible API base (e.g.
 * {@code http://localhost:11434/v1}), {@code llm.api-key} its key (from the environment) and {@code llm.model} the model.
 */
@ConfigurationProperties("scudo.assistant")
record AssistantSettings(Llm llm) {

    AssistantSettings {
        llm = llm == null ? new Llm(false, null, null, null, null, null) : llm;
    }

    /**
     * @param maxRounds tool-calling rounds before the model must answer
     */
    record Llm(boolean enabled, String url, String apiKey, String model, Duration timeout, Integer maxRounds) {
        Llm {
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
            maxRounds = maxRounds == null ? 4 : maxRounds;
            model = model == null || model.isBlank() ? "gpt-4o-mini" : model;
            if (enabled && (url == null || url.isBlank())) {
                throw new InvalidValueException("scudo.assistant.llm.url", url,
                        "the base URL of an OpenAI-compatible API when scudo.assistant.llm.enabled is true");
            }
            if (maxRounds < 1 || maxRounds > 10) {
                throw new InvalidValueException("scudo.assistant.llm.max-rounds", maxRounds, "1 to 10");
            }
        }
    }
}
