package com.scudo.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The whole app on DynamoDB Local in memory and a real PostgreSQL server. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "scudo.dynamodb.mode=in-memory",
        "scudo.demo.load-on-start=false",
        "scudo.sync.replay-initial-delay=PT1H",
        // connectors call local fakes (Shopify, Klaviyo) on loopback URLs given per connection
        "scudo.connectors.allow-api-url-override=true",
        "scudo.data-dir=target/test-data"})
@ContextConfiguration(initializers = PostgresInitializer.class)
@Import(IntegrationTestConfiguration.class)
public @interface PostgresIntegrationTest {
}
