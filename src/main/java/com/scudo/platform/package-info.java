/**
 * Platform: what every module runs on: the workspace and actor of the current request or process, common
 * settings, request ids, the web error mapping and the databases' bulk insert ({@link com.scudo.platform.BulkInsert}).
 * Owns no table. Uses the shared values only.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package com.scudo.platform;

import org.springframework.modulith.ApplicationModule;
