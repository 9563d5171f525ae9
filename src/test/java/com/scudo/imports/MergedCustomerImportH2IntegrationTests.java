package com.scudo.imports;

import com.scudo.support.H2IntegrationTest;

@H2IntegrationTest
class MergedCustomerImportH2IntegrationTests extends MergedCustomerImportScenarios {
}
