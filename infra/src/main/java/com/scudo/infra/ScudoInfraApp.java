package com.scudo.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

import java.nio.file.Path;

/**
 * The CDK app: one stack, {@code Scudo}, in the account and region of the deploying credentials
 * ({@code npx aws-cdk deploy}, docs/deployment.md).
 */
public final class ScudoInfraApp {
    private ScudoInfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        new ScudoStack(app, "Scudo", StackProps.builder()
                .description("Scudo Customer 360: ECS Fargate behind an ALB, DynamoDB, Aurora PostgreSQL Serverless v2")
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(System.getenv("CDK_DEFAULT_REGION"))
                        .build())
                .build(), ScudoSettings.from(app.getNode(), Path.of("..")));
        app.synth();
    }
}
