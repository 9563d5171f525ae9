package com.scudo.assistant.internal;

import com.scudo.assistant.Assistant;
import com.scudo.assistant.StagedAnswer;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.util.function.Consumer;

/** Answers with the language model when one is configured, and from rules otherwise or when the model fails. */
@Service
class AssistantService implements Assistant {
    private static final Logger log = LoggerFactory.getLogger(AssistantService.class);
    private final RuleBasedAssistant rules;
    private final LanguageModelAssistant model;

    AssistantService(RuleBasedAssistant rules, ObjectProvider<LanguageModelAssistant> model) {
        this.rules = rules;
        this.model = model.getIfAvailable();
    }

    @Override
    public StagedAnswer start(WorkspaceId workspace, String question) {
        return start(workspace, question, piece -> { });
    }

    @Override
    public StagedAnswer start(WorkspaceId workspace, String question, Consumer<String> sentence) {
        if (question != null && question.length() > MAX_QUESTION_LENGTH) {
            throw new InvalidInputException("question", "A question can have at most " + MAX_QUESTION_LENGTH
                    + " characters; this one has " + question.length());
        }
        String q = question == null ? "" : question.strip();
        if (model != null && !q.isEmpty()) {
            try {
                // the sentence went to the reader as the model wrote it; the cards are already computed
                return StagedAnswer.of(model.answer(workspace, q, sentence));
            } catch (LanguageModelAssistant.ReaderGone e) {
                throw e.reason();
            } catch (RuntimeException e) {
                log.warn("Language model failed ({}); answering from rules", e.toString());
            }
        }
        return rules.answer(workspace, q);
    }
}
