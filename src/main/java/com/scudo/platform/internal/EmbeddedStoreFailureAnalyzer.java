package com.scudo.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a missing embedded store as Spring Boot's "APPLICATION FAILED TO START" report, without a stack trace. */
final class EmbeddedStoreFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedStoreMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedStoreMissingException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
