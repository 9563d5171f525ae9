package com.scudo.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a workspace's scores were computed and when they will be next. {@code scoresComputedAt}/{@code scoresAsOf}
 * come from the last finished run ({@code lastRunKind}: {@code full} = read, fit and score; {@code rescore} = scored
 * with the last fit); {@code nextRunDue} is the schedule's next time ({@code cron} in {@code zone}) and
 * {@code nextRunKind} what it will do. All empty for a workspace never analysed.
 */
public record ScoreSchedule(String cron, String zone, boolean workspaceOwnCron, OffsetDateTime scoresComputedAt,
                            LocalDate scoresAsOf, String lastRunKind, OffsetDateTime modelsFittedAt,
                            OffsetDateTime nextRunDue, String nextRunKind) {
}
