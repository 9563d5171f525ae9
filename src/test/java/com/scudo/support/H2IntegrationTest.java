package com.scudo.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole app on the embedded default: DynamoDB Local in memory and H2 in memory, a database of each
 * context's own (instances sharing one database share its outbox, see {@link PostgresTestDatabase#newDatabase()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:scudo-it-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "scudo.dynamodb.mode=in-memory",
        "scudo.demo.load-on-start=false",
        "scudo.sync.replay-initial-delay=PT1H",
        // H2 2.4 evaluates a CHECK ... IN (...) constraint with the session that created it: once the pool retires
        // the connection that ran the migrations (30 minutes by default), inserts into such tables fail with
        // "Check constraint invalid". A shared test context outlives that on a busy machine.
        "spring.datasource.hikari.max-lifetime=0",
        // connectors call local fakes (Shopify, Klaviyo) on loopback URLs given per connection
        "scudo.connectors.allow-api-url-override=true",
        "scudo.data-dir=target/test-data"})
@Import(IntegrationTestConfiguration.class)
public @interface H2IntegrationTest {
}
