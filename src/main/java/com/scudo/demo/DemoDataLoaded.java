package com.scudo.demo;

import com.scudo.shared.WorkspaceId;

/**
 * Published after a demo-data load, so the analytics can run once over the whole history; {@code withHistory}: also
 * as of each past month end, for a shop with a past (not for benchmark-sized bulk loads).
 */
public record DemoDataLoaded(WorkspaceId workspace, boolean withHistory) {
}
