package com.scudo.imports;

import com.scudo.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class MergedCustomerImportPostgresIntegrationTests extends MergedCustomerImportScenarios {
}
