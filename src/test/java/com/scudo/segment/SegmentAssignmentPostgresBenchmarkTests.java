package com.scudo.segment;

import com.scudo.support.PostgresIntegrationTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "scudo.benchmark", matches = "true")
class SegmentAssignmentPostgresBenchmarkTests extends SegmentAssignmentBenchmarkScenarios {
}
