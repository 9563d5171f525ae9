/**
 * Shared values: typed ids (workspace, customer, order) and the exceptions every module maps to problem
 * details. Depends on no module; every module may use it.
 */
@ApplicationModule(displayName = "Shared values", allowedDependencies = {})
package com.scudo.shared;

import org.springframework.modulith.ApplicationModule;
