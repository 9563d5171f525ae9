package com.scudo.segment;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class SegmentApiH2IntegrationTests extends SegmentApiScenarios {
}
