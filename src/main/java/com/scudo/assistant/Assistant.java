package com.scudo.assistant;

import com.scudo.shared.WorkspaceId;

import java.util.function.Consumer;

/**
 * Answers plain-language questions about a workspace's customers ("Show me our VIP customers", "Why is
 * James Wilson at risk?") with a sentence of insight, cards and the filter expression that was run.
 * Works from rules alone; an optional language model may plan the same queries as tools.
 */
public interface Assistant {

    /** Longest question accepted, in characters. */
    int MAX_QUESTION_LENGTH = 1000;

    /**
     * The answer to {@code question}. An empty or unrecognised question gets example questions back, an unclear
     * customer name a question listing the candidates. Throws {@link com.scudo.shared.InvalidInputException} only
     * for a question longer than {@link #MAX_QUESTION_LENGTH}.
     */
    default Answer ask(WorkspaceId workspace, String question) {
        return start(workspace, question).complete();
    }

    /**
     * The same answer with its sentence computed and its cards still to come, for a stream that sends the sentence
     * first and then each card as it is ready. Throws as {@link #ask} does.
     */
    StagedAnswer start(WorkspaceId workspace, String question);

    /**
     * As {@link #start(WorkspaceId, String)}, handing {@code sentence} the answer's sentence in pieces while it is
     * being written (a language model's text as it streams in), before any card is ready. Together the pieces are the
     * returned answer's insight, unless the model failed part-way and the rules answered instead. An answer from rules
     * has its sentence at once and hands nothing. What {@code sentence} throws stops the answer and is thrown here.
     */
    default StagedAnswer start(WorkspaceId workspace, String question, Consumer<String> sentence) {
        return start(workspace, question);
    }
}
