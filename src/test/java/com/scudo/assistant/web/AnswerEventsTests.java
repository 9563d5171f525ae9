package com.scudo.assistant.web;

import com.scudo.assistant.Card;
import com.scudo.assistant.ExamplesCard;
import com.scudo.assistant.Intent;
import com.scudo.assistant.Interpretation;
import com.scudo.assistant.StagedAnswer;
import com.scudo.assistant.StagedAnswer.CardSource;
import com.scudo.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerEventsTests {
    private static final WorkspaceId SHOP = WorkspaceId.of("shop");
    private static final long GENEROUS = 60; // seconds: only so that a broken build fails instead of hanging

    private record Event(String name, Object data) {
    }

    @Test
    void theSentenceAndTheReadyCardsGoOutWhileTheLastCardIsStillBeingComputed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean lastCardComputed = new AtomicBoolean();
        CardSource slow = () -> {
            await(release);
            lastCardComputed.set(true);
            return Optional.of(new ExamplesCard("slow", List.of("b")));
        };
        StagedAnswer answer = new StagedAnswer("q", Interpretation.of(Intent.HELP), "The sentence.",
                List.of(CardSource.of(new ExamplesCard("ready", List.of("a"))), slow), "orders >= 1", "rules");
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                new AnswerEvents((workspace, question) -> answer).write(SHOP, "q",
                        (name, data) -> events.add(new Event(name, data)));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        writer.start();

        Event first = events.poll(GENEROUS, TimeUnit.SECONDS);
        Event second = events.poll(GENEROUS, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.name()).isEqualTo("insight");
        assertThat(first.data()).isEqualTo(Map.of("text", "The sentence."));
        assertThat(second.name()).isEqualTo("card");
        assertThat(((Card) second.data()).title()).isEqualTo("ready");
        assertThat(lastCardComputed).as("the last card cannot be computed until released").isFalse();
        assertThat(events).as("nothing more until the slow card is ready").isEmpty();

        release.countDown();
        writer.join(TimeUnit.SECONDS.toMillis(GENEROUS));
        assertThat(failure.get()).isNull();
        List<Event> rest = new ArrayList<>(events);
        assertThat(rest).extracting(Event::name).containsExactly("card", "query", "done");
        assertThat(((Card) rest.get(0).data()).title()).isEqualTo("slow");
        assertThat(rest.get(1).data()).isEqualTo(Map.of("query", "orders >= 1"));
    }

    @Test
    void aCardWithNothingToShowSendsNoEvent() throws Exception {
        StagedAnswer answer = new StagedAnswer("q", Interpretation.of(Intent.HELP), "Nothing to act on.",
                List.of(Optional::empty), null, "rules");
        List<String> names = new ArrayList<>();
        new AnswerEvents((workspace, question) -> answer).write(SHOP, "q", (name, data) -> names.add(name));
        assertThat(names).containsExactly("insight", "query", "done");
        assertThat(answer.complete().cards()).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(GENEROUS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSentenceWrittenInPiecesIsSentPieceByPieceAndNotAgain() throws Exception {
        StagedAnswer answer = new StagedAnswer("q", Interpretation.of(Intent.HELP), "Sarah is your VIP.",
                List.of(CardSource.of(new ExamplesCard("card", List.of("a")))), null, "language-model");
        List<Event> events = new ArrayList<>();
        new AnswerEvents(streaming(answer, List.of("Sarah ", "is your VIP.\n"), null)).write(SHOP, "q",
                (name, data) -> events.add(new Event(name, data)));

        assertThat(events).extracting(Event::name).containsExactly("insight", "insight", "card", "query", "done");
        assertThat(events.get(0).data()).isEqualTo(Map.of("text", "Sarah "));
        assertThat(events.get(1).data()).isEqualTo(Map.of("text", "is your VIP.\n"));
    }

    @Test
    void aSentenceThatIsNotWhatWasStreamedReplacesIt() throws Exception {
        // the model wrote a few words, then failed; the rules answered with a sentence of their own
        StagedAnswer rules = new StagedAnswer("q", Interpretation.of(Intent.VIP_CUSTOMERS), "1 VIP customer.", List.of(),
                null, "rules");
        List<Event> events = new ArrayList<>();
        new AnswerEvents(streaming(rules, List.of("Your best "), null)).write(SHOP, "q",
                (name, data) -> events.add(new Event(name, data)));

        assertThat(events).extracting(Event::name).containsExactly("insight", "insight", "query", "done");
        assertThat(events.get(1).data()).isEqualTo(Map.of("text", "1 VIP customer.", "replace", true));
    }

    @Test
    void aReaderWhoWentAwayStopsTheAnswer() {
        AtomicBoolean askedForMore = new AtomicBoolean();
        StagedAnswer answer = new StagedAnswer("q", Interpretation.of(Intent.HELP), "a b", List.of(), null, "language-model");
        java.io.IOException gone = new java.io.IOException("broken pipe");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AnswerEvents(streaming(answer, List.of("a ", "b"),
                        askedForMore)).write(SHOP, "q", (name, data) -> {
                    throw gone;
                })).isSameAs(gone);
        assertThat(askedForMore).as("no piece after the failed one").isFalse();
    }

    /** An assistant whose sentence arrives in {@code pieces} before {@code answer} is returned. */
    private static com.scudo.assistant.Assistant streaming(StagedAnswer answer, List<String> pieces, AtomicBoolean more) {
        return new com.scudo.assistant.Assistant() {
            @Override
            public StagedAnswer start(WorkspaceId workspace, String question) {
                return answer;
            }

            @Override
            public StagedAnswer start(WorkspaceId workspace, String question,
                                      java.util.function.Consumer<String> sentence) {
                for (int i = 0; i < pieces.size(); i++) {
                    if (i > 0 && more != null) {
                        more.set(true);
                    }
                    sentence.accept(pieces.get(i)); // a failure of the reader ends the answer here
                }
                return answer;
            }
        };
    }
}
