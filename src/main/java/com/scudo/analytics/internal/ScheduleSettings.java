package com.scudo.analytics.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * When scores are recomputed by themselves ({@code scudo.analytics.schedule.*}): a re-score with the last fit on
 * {@code rescoreCron} (a Spring cron expression: second minute hour day month weekday) read in {@code zone}, unless a
 * workspace sets its own; a re-fit instead when the last fit is older than {@code refitAfter} or the customers with
 * orders grew by {@code refitGrowth} (a share) since it. {@code enabled=false} turns the schedule off.
 */
@ConfigurationProperties("scudo.analytics.schedule")
record ScheduleSettings(Boolean enabled, String rescoreCron, String zone, Duration refitAfter, Double refitGrowth) {
    ScheduleSettings {
        enabled = enabled == null || enabled;
        rescoreCron = rescoreCron == null ? "0 0 3 * * *" : rescoreCron;
        zone = zone == null ? "UTC" : zone;
        refitAfter = refitAfter == null ? Duration.ofDays(7) : refitAfter;
        refitGrowth = refitGrowth == null ? 0.2 : refitGrowth;
    }
}
