package com.scudo.platform.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedStoresTests {
    private final EmbeddedStores withoutEmbedded = new EmbeddedStores(name -> false);
    private final EmbeddedStores withBoth = new EmbeddedStores(
            Set.of(EmbeddedStores.DYNAMODB_LOCAL, EmbeddedStores.H2_DRIVER)::contains);

    @Test
    void embeddedDynamoDbInABuildWithoutItStopsWithWhatToSet() {
        MockEnvironment env = new MockEnvironment().withProperty("scudo.dynamodb.mode", "embedded")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/scudo");
        assertThatThrownBy(() -> withoutEmbedded.check(env))
                .isInstanceOf(EmbeddedStoreMissingException.class)
                .hasMessageContaining("scudo.dynamodb.mode is 'embedded'")
                .satisfies(e -> assertThat(((EmbeddedStoreMissingException) e).action()).contains("SCUDO_DYNAMODB_MODE=aws"));
    }

    @Test
    void inMemoryModeCountsAsEmbeddedToo() {
        MockEnvironment env = new MockEnvironment().withProperty("scudo.dynamodb.mode", "in-memory");
        assertThatThrownBy(() -> withoutEmbedded.check(env)).hasMessageContaining("'in-memory'");
    }

    @Test
    void embeddedH2InABuildWithoutItStopsWithWhatToSet() {
        MockEnvironment env = new MockEnvironment().withProperty("scudo.dynamodb.mode", "aws")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/analytics");
        assertThatThrownBy(() -> withoutEmbedded.check(env))
                .hasMessageContaining("H2")
                .satisfies(e -> assertThat(((EmbeddedStoreMissingException) e).action()).contains("SPRING_DATASOURCE_URL"));
    }

    @Test
    void awsAndPostgresNeedNoEmbeddedStore() {
        MockEnvironment env = new MockEnvironment().withProperty("scudo.dynamodb.mode", "AWS")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/scudo");
        assertThatCode(() -> withoutEmbedded.check(env)).doesNotThrowAnyException();
    }

    @Test
    void theDefaultBuildStartsEmbedded() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/analytics");
        assertThatCode(() -> withBoth.check(env)).doesNotThrowAnyException();
    }

    @Test
    void theReportSaysWhatIsMissingAndWhatToDo() {
        FailureAnalysis analysis = new EmbeddedStoreFailureAnalyzer()
                .analyze(new IllegalStateException(new EmbeddedStoreMissingException("no DynamoDB Local", "set X")));
        assertThat(analysis.getDescription()).isEqualTo("no DynamoDB Local");
        assertThat(analysis.getAction()).isEqualTo("set X");
    }
}
