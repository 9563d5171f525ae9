/**
 * Segments: the built-in and custom segments, their rules in the one filter language (segment.filter, a named
 * interface other modules may use), members, migration between snapshots and the assignment of customers after
 * each analytics run. Owns the tables segments, segment_assignments and segment_assignment_stage.
 */
@ApplicationModule(displayName = "Segments", allowedDependencies = {"analytics", "audit", "money", "platform", "shared"})
package com.scudo.segment;

import org.springframework.modulith.ApplicationModule;
