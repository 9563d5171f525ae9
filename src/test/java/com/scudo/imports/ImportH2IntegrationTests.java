package com.scudo.imports;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class ImportH2IntegrationTests extends ImportScenarios {
}
