package com.scudo.dashboard.internal;

import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.RealtimeMetrics;
import com.scudo.ingest.OrderRecorded;
import com.scudo.shared.WorkspaceId;
import jakarta.annotation.PreDestroy;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Today's live counters for open overview pages: each page holds an event stream, and every recorded order
 * pushes the workspace's fresh counters to the streams of that workspace.
 */
@Component
public class TodayFeed {
    /** Long-lived; the browser's EventSource reconnects by itself when a stream times out. */
    private static final long TIMEOUT_MS = 30 * 60_000L;
    private final RealtimeMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    private final Map<WorkspaceId, List<SseEmitter>> open = new ConcurrentHashMap<>();

    TodayFeed(RealtimeMetrics metrics) {
        this.metrics = metrics;
    }

    /** A stream that starts with the current counters and receives a {@code today} event per recorded order. */
    public SseEmitter subscribe(WorkspaceId workspace) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        List<SseEmitter> list = open.computeIfAbsent(workspace, w -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(emitter, today(workspace), list);
        return emitter;
    }

    @EventListener
    void orderRecorded(OrderRecorded event) {
        List<SseEmitter> list = open.get(event.workspace());
        if (list == null || list.isEmpty()) {
            return;
        }
        Map<String, Object> counters = today(event.workspace());
        for (SseEmitter emitter : list) {
            send(emitter, counters, list);
        }
    }

    /** Open streams of a workspace (for health and tests). */
    public int subscribers(WorkspaceId workspace) {
        List<SseEmitter> list = open.get(workspace);
        return list == null ? 0 : list.size();
    }

    private Map<String, Object> today(WorkspaceId workspace) {
        LocalDate day = LocalDate.now(clock);
        RealtimeCounters counters = metrics.forDay(workspace, day);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("day", day.toString());
        data.put("orders", counters.orders());
        data.put("revenue", counters.revenue() == null ? BigDecimal.ZERO : counters.revenue());
        data.put("interactions", counters.interactions());
        return data;
    }

    private static void send(SseEmitter emitter, Map<String, Object> counters, List<SseEmitter> list) {
        try {
            emitter.send(SseEmitter.event().name("today").data(counters, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            list.remove(emitter); // the page was closed
        }
    }

    @PreDestroy
    void closeAll() {
        open.values().forEach(list -> list.forEach(SseEmitter::complete));
        open.clear();
    }
}
