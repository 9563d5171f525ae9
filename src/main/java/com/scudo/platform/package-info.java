/**
 * Platform: what every module runs on: the workspace and actor of the current request or process, common
 * settings, request ids, the one mapping of failures to problem details ({@link com.scudo.platform.Problems}), the
 * current caller's request budget ({@link com.scudo.platform.RequestBudget}, kept by security) and the databases' bulk
 * insert ({@link com.scudo.platform.BulkInsert}).
 * Owns no table. Uses the shared values only.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package com.scudo.platform;

import org.springframework.modulith.ApplicationModule;
