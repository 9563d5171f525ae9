package com.scudo.assistant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a server-sent-events body into (event name, JSON data) pairs, in order. */
final class SseEvents {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SseEvents() {
    }

    static List<Map.Entry<String, JsonNode>> parse(String body) {
        List<Map.Entry<String, JsonNode>> events = new ArrayList<>();
        String name = "message";
        StringBuilder data = new StringBuilder();
        for (String line : (body + "\n\n").split("\r?\n", -1)) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new AbstractMap.SimpleEntry<>(name, JSON.readTree(data.toString())));
                }
                name = "message";
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        return events;
    }
}
