package com.scudo.demo;

/** What a demo-data load wrote. */
public record DemoDataSummary(String workspace, int customers, int orders, int interactions, long millis) {
}
