package com.scudo.money;

import com.scudo.shared.WorkspaceId;

import java.util.Set;

/** Published after rates were loaded: orders held back for want of a rate in these currencies can go on. */
public record ExchangeRatesLoaded(WorkspaceId workspace, Set<String> currencies) {
}
