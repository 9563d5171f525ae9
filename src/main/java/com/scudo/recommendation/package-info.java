/**
 * Recommendations: rule-based action items with a reason and an expected value, regenerated after each analytics
 * run once segments are assigned, and their status (open, done, dismissed). Owns the table recommendations.
 */
@ApplicationModule(displayName = "Recommendations",
        allowedDependencies = {"analytics", "money", "platform", "segment", "shared"})
package com.scudo.recommendation;

import org.springframework.modulith.ApplicationModule;
