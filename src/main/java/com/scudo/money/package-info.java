/**
 * Money: each workspace's reporting currency, the dated exchange rates that convert other currencies into it, and
 * how the workspace writes amounts ({@link com.scudo.money.Formatting}). Owns the table exchange_rates. The
 * reporting currency is kept in the workspaces table and is refused once the workspace holds orders (it looks at
 * order_ledger): both are still named in {@code internal.JooqMoney} rather than read through the workspace and
 * ingest modules. Uses the workspace module (locale and time zone) and the shared values.
 */
@ApplicationModule(displayName = "Money", allowedDependencies = {"shared", "workspace"})
package com.scudo.money;

import org.springframework.modulith.ApplicationModule;
