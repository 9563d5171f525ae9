package com.scudo.segment;

import com.scudo.support.H2IntegrationTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@H2IntegrationTest
@EnabledIfSystemProperty(named = "scudo.benchmark", matches = "true")
class SegmentAssignmentH2BenchmarkTests extends SegmentAssignmentBenchmarkScenarios {
}
