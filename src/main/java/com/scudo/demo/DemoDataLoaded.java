package com.scudo.demo;

import com.scudo.shared.WorkspaceId;

/** Published after a demo-data load, so the analytics can run once over the whole history. */
public record DemoDataLoaded(WorkspaceId workspace) {
}
