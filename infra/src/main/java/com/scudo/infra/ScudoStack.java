package com.scudo.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.ecs.patterns.ApplicationLoadBalancedFargateService;
import software.amazon.awscdk.services.ecs.patterns.ApplicationLoadBalancedTaskImageOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scudo Customer 360 in the merchant's own account: the app on ECS Fargate behind an HTTPS Application Load
 * Balancer, the four DynamoDB tables, Aurora PostgreSQL Serverless v2 with its credentials in Secrets Manager,
 * CloudWatch logs and alarms. Sized for a small shop; docs/deployment.md gives the monthly cost.
 */
public class ScudoStack extends Stack {
    static final String DATABASE = "scudo";
    static final int APP_PORT = 8080;

    final OperationalTables tables;
    final DatabaseCluster database;
    final ApplicationLoadBalancedFargateService service;

    public ScudoStack(Construct scope, String id, StackProps props, ScudoSettings settings) {
        super(scope, id, props);
        CfnParameter certificateArn = CfnParameter.Builder.create(this, "CertificateArn")
                .type("String")
                .description("ARN of the ACM certificate for the load balancer's HTTPS listener (the shop's host name)")
                .build();

        // No NAT gateway (about 35 USD a month on its own): tasks sit in public subnets with a public address and a
        // security group that admits only the load balancer; the database has isolated subnets; DynamoDB traffic
        // takes the free gateway endpoint.
        Vpc vpc = Vpc.Builder.create(this, "Network")
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("database").subnetType(SubnetType.PRIVATE_ISOLATED)
                                .cidrMask(24).build()))
                .gatewayEndpoints(Map.of("DynamoDb", GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.DYNAMODB).build()))
                .build();

        tables = new OperationalTables(this, "OperationalStore", settings.tablePrefix());

        database = DatabaseCluster.Builder.create(this, "AnalyticalStore")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_16_6).build()))
                .credentials(Credentials.fromGeneratedSecret("scudo"))
                .defaultDatabaseName(DATABASE)
                .writer(ClusterInstance.serverlessV2("writer"))
                .serverlessV2MinCapacity(0.5)
                .serverlessV2MaxCapacity(4)
                .storageEncrypted(true)
                .backup(BackupProps.builder().retention(Duration.days(7)).build())
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .vpc(vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .build();
        ISecret credentials = database.getSecret();

        LogGroup logs = LogGroup.Builder.create(this, "AppLogs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        Cluster cluster = Cluster.Builder.create(this, "Cluster").vpc(vpc).containerInsightsV2(ContainerInsights.DISABLED).build();
        service = ApplicationLoadBalancedFargateService.Builder.create(this, "App")
                .cluster(cluster)
                .cpu(1024)
                .memoryLimitMiB(2048)
                .desiredCount(settings.desiredCount())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .assignPublicIp(true)
                .taskSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
                .publicLoadBalancer(true)
                .protocol(ApplicationProtocol.HTTPS)
                .certificate(Certificate.fromCertificateArn(this, "Certificate", certificateArn.getValueAsString()))
                .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                .redirectHttp(true)
                .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
                .healthCheckGracePeriod(Duration.minutes(3))
                .healthCheck(HealthCheck.builder()
                        .command(List.of("CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/" + APP_PORT
                                + " && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3"
                                + " && head -n 1 <&3 | grep -q ' 200 '"))
                        .interval(Duration.seconds(15)).timeout(Duration.seconds(5)).retries(4)
                        .startPeriod(Duration.minutes(3)).build())
                .taskImageOptions(ApplicationLoadBalancedTaskImageOptions.builder()
                        // The repository's Dockerfile: synth only stages and hashes the directory (its .dockerignore
                        // applies); cdk deploy builds and pushes the image.
                        .image(ContainerImage.fromAsset(settings.sourceDir().toString(), AssetImageProps.builder()
                                .file("Dockerfile").platform(Platform.LINUX_AMD64).build()))
                        .containerName("app")
                        .containerPort(APP_PORT)
                        .environment(new TreeMap<>(Map.of(
                                "SPRING_DATASOURCE_URL", "jdbc:postgresql://" + database.getClusterEndpoint().getHostname()
                                        + ":5432/" + DATABASE + "?reWriteBatchedInserts=true",
                                "SCUDO_DYNAMODB_MODE", "aws",
                                "SCUDO_DYNAMODB_REGION", getRegion(),
                                "SCUDO_DYNAMODB_TABLE_PREFIX", settings.tablePrefix(),
                                "SCUDO_DEMO_LOAD_ON_START", "false",
                                "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")))
                        .secrets(new TreeMap<>(Map.of(
                                "SPRING_DATASOURCE_USERNAME", Secret.fromSecretsManager(credentials, "username"),
                                "SPRING_DATASOURCE_PASSWORD", Secret.fromSecretsManager(credentials, "password"))))
                        .logDriver(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("app").build()))
                        .build())
                .build();
        // Readiness, not liveness, decides whether the load balancer sends a task requests (docs/operations.md).
        service.getTargetGroup().configureHealthCheck(software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck
                .builder().path("/actuator/health/readiness").healthyHttpCodes("200")
                .interval(Duration.seconds(15)).healthyThresholdCount(2).unhealthyThresholdCount(3).build());
        service.getTargetGroup().setAttribute("deregistration_delay.timeout_seconds", "30");
        service.getService().autoScaleTaskCount(software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps
                .builder().minCapacity(settings.desiredCount()).maxCapacity(Math.max(3, settings.desiredCount())).build())
                .scaleOnCpuUtilization("Cpu", software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps.builder()
                        .targetUtilizationPercent(70).build());

        // The task role may use exactly these tables and their indexes; the database secret is read by the
        // execution role, which hands it to the container as two variables.
        tables.all().forEach(table -> table.grantReadWriteData(service.getTaskDefinition().getTaskRole()));
        database.getConnections().allowFrom(service.getService(), Port.tcp(5432), "The app's tasks");

        new Alarms(this, "Alarms", service, database, tables, logs);

        CfnOutput.Builder.create(this, "LoadBalancerDns").value(service.getLoadBalancer().getLoadBalancerDnsName())
                .description("Point the shop's host name (CNAME or alias) here").build();
        CfnOutput.Builder.create(this, "DatabaseSecret").value(credentials.getSecretArn())
                .description("Secrets Manager secret with the analytical store's credentials").build();
    }
}
