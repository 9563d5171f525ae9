package com.scudo.dashboard.web;

import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** echarts options built on the server and handed to the page as JSON in a {@code data-chart} attribute. */
final class Charts {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] PALETTE = {"#1f6feb", "#2da44e", "#bf8700", "#cf222e", "#8250df", "#0a7ea4", "#bc4c00",
            "#57606a", "#1b7c83", "#a40e26", "#6639ba", "#116329", "#953800"};

    private Charts() {
    }

    static String json(Map<String, Object> option) {
        return JSON.writeValueAsString(option);
    }

    static Map<String, Object> donut(String name, List<String> labels, List<? extends Number> values) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            data.add(Map.of("name", labels.get(i), "value", values.get(i)));
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("type", "pie");
        series.put("radius", List.of("45%", "70%"));
        series.put("data", data);
        series.put("label", Map.of("formatter", "{b}: {c}"));
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("series", List.of(series));
        return option;
    }

    /** Bars for counts on the left axis and a line for money on the right one. */
    static Map<String, Object> barsAndValue(List<String> labels, String countName, List<? extends Number> counts,
                                            String valueName, List<? extends Number> values) {
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of(countName, valueName), "bottom", 0));
        option.put("grid", Map.of("left", 48, "right", 64, "top", 24, "bottom", 90));
        option.put("xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("rotate", 35, "hideOverlap", true)));
        option.put("yAxis", List.of(Map.of("type", "value", "name", countName),
                Map.of("type", "value", "name", valueName, "splitLine", Map.of("show", false))));
        option.put("series", List.of(
                Map.of("name", countName, "type", "bar", "data", counts),
                Map.of("name", valueName, "type", "line", "yAxisIndex", 1, "data", values)));
        return option;
    }

    /** Revenue as bars on the left axis and orders as a line on the right one, over months or weeks. */
    static Map<String, Object> revenueTrend(List<String> labels, List<? extends Number> revenue, List<? extends Number> orders,
                                            String currency) {
        String revenueName = "Revenue (" + currency + ")";
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of(revenueName, "Orders"), "bottom", 0));
        option.put("grid", Map.of("left", 64, "right", 48, "top", 28, "bottom", 64));
        option.put("xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("hideOverlap", true)));
        option.put("yAxis", List.of(Map.of("type", "value", "name", revenueName),
                Map.of("type", "value", "name", "Orders", "splitLine", Map.of("show", false))));
        option.put("series", List.of(
                Map.of("name", revenueName, "type", "bar", "data", revenue),
                Map.of("name", "Orders", "type", "line", "yAxisIndex", 1, "data", orders, "symbol", "none")));
        return option;
    }

    /** A gauge from 0 to 100% with green, amber and red bands at 25% and 50%. */
    static Map<String, Object> churnGauge(BigDecimal probability) {
        double value = probability == null ? 0 : Math.round(probability.doubleValue() * 1000) / 10.0;
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "gauge");
        series.put("min", 0);
        series.put("max", 100);
        series.put("axisLine", Map.of("lineStyle", Map.of("width", 14, "color",
                List.of(List.of(0.25, "#2da44e"), List.of(0.5, "#bf8700"), List.of(1, "#cf222e")))));
        series.put("pointer", Map.of("width", 5));
        series.put("detail", Map.of("formatter", "{value}%", "fontSize", 22, "offsetCenter", List.of(0, "70%")));
        series.put("axisLabel", Map.of("distance", 18, "fontSize", 10));
        series.put("data", List.of(Map.of("value", value, "name", "churn risk")));
        Map<String, Object> option = base();
        option.put("series", List.of(series));
        return option;
    }

    /** One or two lines over dates. */
    static Map<String, Object> lines(List<String> dates, String leftName, List<? extends Number> left,
                                     String rightName, List<? extends Number> right) {
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 48, "right", right == null ? 16 : 56, "top", 28, "bottom", 48));
        option.put("xAxis", Map.of("type", "category", "data", dates));
        List<Object> axes = new ArrayList<>();
        axes.add(Map.of("type", "value", "name", leftName));
        List<Object> series = new ArrayList<>();
        series.add(Map.of("name", leftName, "type", "line", "data", left, "smooth", true));
        if (right != null) {
            axes.add(Map.of("type", "value", "name", rightName, "splitLine", Map.of("show", false)));
            series.add(Map.of("name", rightName, "type", "line", "yAxisIndex", 1, "data", right, "smooth", true));
            option.put("legend", Map.of("data", List.of(leftName, rightName), "bottom", 0));
        }
        option.put("yAxis", axes);
        option.put("series", series);
        return option;
    }

    /** A tiny line without axes, for segment cards. */
    static Map<String, Object> sparkline(List<String> dates, List<? extends Number> values) {
        Map<String, Object> option = base();
        option.put("grid", Map.of("left", 2, "right", 2, "top", 4, "bottom", 4));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", dates, "show", false));
        option.put("yAxis", Map.of("type", "value", "show", false, "scale", true));
        option.put("series", List.of(Map.of("name", "Customers", "type", "line", "data", values, "symbol", "none",
                "areaStyle", Map.of("opacity", 0.15))));
        return option;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("color", List.of(PALETTE));
        option.put("animation", false);
        return option;
    }
}
