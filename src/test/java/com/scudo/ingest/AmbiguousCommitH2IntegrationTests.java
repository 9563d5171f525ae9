package com.scudo.ingest;

import com.scudo.shared.WorkspaceId;
import com.scudo.support.Api;
import com.scudo.support.H2IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit can fail after the database took it (the connection drops while the commit's answer is on its way): the
 * order is recorded, the caller sees an error. Such an order must be answered as recorded, never as failed.
 */
@H2IntegrationTest
@Import(AmbiguousCommitH2IntegrationTests.CommitsThatFailAfterwards.class)
class AmbiguousCommitH2IntegrationTests {
    private static final AtomicInteger failingCommits = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void heal() {
        failingCommits.set(0);
    }

    @Test
    void ordersWhoseCommitsFailedAfterTheyWereTakenAreAnsweredRecorded() {
        WorkspaceId workspace = WorkspaceId.of("ws-" + UUID.randomUUID().toString().substring(0, 8));
        Api api = new Api(port, workspace.value());
        assertThat(api.put("/api/v1/customers/cust-1", "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}")
                .status()).isEqualTo(201);
        double before = meters.get("scudo.ingest.acknowledged").counter().count();

        // The group's commit and the first order's own commit both succeed and then report a failure.
        failingCommits.set(2);
        var batch = api.post("/api/v1/orders/batch", "{\"orders\":[" + order("o-1") + "," + order("o-2") + "]}");
        failingCommits.set(2); // the group of one, then the order alone
        var single = api.post("/api/v1/orders", order("o-3"));
        failingCommits.set(0);

        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        assertThat(batch.json().get("results").findValuesAsString("status")).containsExactly("created", "created");
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        assertThat(meters.get("scudo.ingest.acknowledged").counter().count() - before).isEqualTo(3.0);
        assertThat(jdbc.queryForList("select order_id from order_ledger where workspace_id = ?", String.class,
                workspace.value())).containsExactlyInAnyOrder("o-1", "o-2", "o-3");
    }

    private static String order(String id) {
        return """
                {"id":"%s","customerId":"cust-1","orderedAt":"2026-02-02T10:00:00Z","amount":10,"currency":"USD","channel":"web"}"""
                .formatted(id);
    }

    /** Commits of request threads, while armed: done, then reported failed. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CommitsThatFailAfterwards {
        @Bean
        static BeanPostProcessor commitsThatFailAfterwards() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof PlatformTransactionManager real ? new FailingAfterCommit(real) : bean;
                }
            };
        }
    }

    private record FailingAfterCommit(PlatformTransactionManager real) implements PlatformTransactionManager {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return real.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) {
            boolean newTransaction = status.isNewTransaction();
            real.commit(status);
            if (newTransaction && Thread.currentThread().getName().startsWith("http-")
                    && failingCommits.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new TransactionSystemException("connection lost after the commit was sent (test)");
            }
        }

        @Override
        public void rollback(TransactionStatus status) {
            real.rollback(status);
        }
    }
}
