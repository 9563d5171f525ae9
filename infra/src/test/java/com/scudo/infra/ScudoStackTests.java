package com.scudo.infra;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack synthesised offline (no AWS account, no Docker) and checked with the CDK's assertions: the tables as
 * the app creates them, recovery and encryption, a task role that names only those tables, the alarms, and the
 * app's image as an asset built from the repository's Dockerfile.
 */
class ScudoStackTests {
    @TempDir
    static Path out;
    static CloudAssembly assembly;
    static Template template;
    static Map<String, Object> resources;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().outdir(out.toString()).build();
        new ScudoStack(app, "Scudo", StackProps.builder().build(), new ScudoSettings("shop-", 1, Path.of("..")));
        assembly = app.synth();
        template = Template.fromJSON(map(assembly.getStackByName("Scudo").getTemplate()));
        resources = map(template.toJSON().get("Resources"));
    }

    @Test
    void theFourTablesAreOnDemandRecoverableAndEncrypted() {
        template.resourceCountIs("AWS::DynamoDB::Table", 4);
        Map<String, Map<String, Object>> tables = template.findResources("AWS::DynamoDB::Table");
        assertThat(tables.values()).allSatisfy(table -> {
            Map<String, Object> p = map(table.get("Properties"));
            assertThat(p.get("BillingMode")).isEqualTo("PAY_PER_REQUEST");
            assertThat(map(p.get("PointInTimeRecoverySpecification"))).containsEntry("PointInTimeRecoveryEnabled", true);
            assertThat(map(p.get("SSESpecification"))).containsEntry("SSEEnabled", true);
            assertThat(table.get("DeletionPolicy")).isEqualTo("Retain");
        });
        assertThat(tables.values()).extracting(t -> map(t.get("Properties")).get("TableName"))
                .containsExactlyInAnyOrder("shop-customers", "shop-orders", "shop-customer_interactions",
                        "shop-realtime_metrics");
    }

    @Test
    void tablesHaveTheKeysAndIndexesTheAppCreates() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TableName", "shop-customers",
                "KeySchema", List.of(Map.of("AttributeName", "workspace_id", "KeyType", "HASH"),
                        Map.of("AttributeName", "customer_id", "KeyType", "RANGE")),
                "GlobalSecondaryIndexes", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("IndexName", "email-index",
                                "KeySchema", List.of(Map.of("AttributeName", "email_key", "KeyType", "HASH")),
                                "Projection", Map.of("ProjectionType", "ALL"))),
                        Match.objectLike(Map.of("IndexName", "pending-sync",
                                "KeySchema", List.of(Map.of("AttributeName", "sync_pending", "KeyType", "HASH"),
                                        Map.of("AttributeName", "sync_token", "KeyType", "RANGE")),
                                "Projection", Map.of("ProjectionType", "KEYS_ONLY")))))));
        for (String[] t : new String[][] {{"shop-orders", "order_id", "ordered_at"},
                {"shop-customer_interactions", "interaction_id", "occurred_at"}}) {
            template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                    "TableName", t[0],
                    "KeySchema", List.of(Map.of("AttributeName", "customer_key", "KeyType", "HASH"),
                            Map.of("AttributeName", t[1], "KeyType", "RANGE")),
                    "LocalSecondaryIndexes", List.of(Map.of("IndexName", "by-date",
                            "KeySchema", List.of(Map.of("AttributeName", "customer_key", "KeyType", "HASH"),
                                    Map.of("AttributeName", t[2], "KeyType", "RANGE")),
                            "Projection", Map.of("ProjectionType", "ALL"))),
                    "GlobalSecondaryIndexes", List.of(Match.objectLike(Map.of("IndexName", "pending-sync")))));
        }
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TableName", "shop-realtime_metrics",
                "KeySchema", List.of(Map.of("AttributeName", "workspace_id", "KeyType", "HASH"),
                        Map.of("AttributeName", "metric_key", "KeyType", "RANGE"))));
    }

    @Test
    void theTaskRoleMayUseOnlyTheFourTablesAndTheirIndexes() {
        String taskRole = logicalIdOfTaskDefinitionRef("TaskRoleArn");
        List<Map<String, Object>> statements = statementsOfPoliciesAttachedTo(taskRole);
        Set<String> tables = template.findResources("AWS::DynamoDB::Table").keySet();
        Set<String> named = new HashSet<>();
        assertThat(statements).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement.get("Effect")).isEqualTo("Allow");
            assertThat(asList(statement.get("Action"))).allSatisfy(a -> assertThat(a.toString()).startsWith("dynamodb:"));
            for (Object resource : asList(statement.get("Resource"))) {
                assertThat(resource).as("a resource of the task role's policy").isNotEqualTo("*");
                String table = tableReferencedBy(resource);
                assertThat(tables).contains(table);
                named.add(table);
                if (resource instanceof Map<?, ?> m && m.containsKey("Fn::Join")) {
                    assertThat(resource.toString()).contains("/index/*");
                }
            }
        });
        assertThat(named).isEqualTo(tables);
        assertThat(statements).anySatisfy(s -> assertThat(asList(s.get("Action")))
                .contains("dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:DeleteItem",
                        "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable"));
    }

    @Test
    void theDatabaseSecretIsReadByTheExecutionRoleOnlyAndNamedExactly() {
        // The secret as attached to the cluster (same ARN, available once the cluster exists).
        String secret = template.findResources("AWS::SecretsManager::SecretTargetAttachment").keySet().iterator().next();
        String executionRole = logicalIdOfTaskDefinitionRef("ExecutionRoleArn");
        List<Map<String, Object>> secretStatements = statementsOfPoliciesAttachedTo(executionRole).stream()
                .filter(s -> asList(s.get("Action")).stream().anyMatch(a -> a.toString().startsWith("secretsmanager:")))
                .toList();
        assertThat(secretStatements).isNotEmpty().allSatisfy(s ->
                assertThat(asList(s.get("Resource"))).containsExactly(Map.of("Ref", secret)));
        assertThat(statementsOfPoliciesAttachedTo(logicalIdOfTaskDefinitionRef("TaskRoleArn")))
                .noneSatisfy(s -> assertThat(s.toString()).contains("secretsmanager"));
        for (String name : List.of("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")) {
            template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                    Match.objectLike(Map.of("Secrets", Match.arrayWith(List.of(
                            Match.objectLike(Map.of("Name", name)))))))));
        }
    }

    @Test
    void auroraIsServerlessV2EncryptedWithItsCredentialsInSecretsManager() {
        template.hasResourceProperties("AWS::RDS::DBCluster", Map.of(
                "Engine", "aurora-postgresql",
                "StorageEncrypted", true,
                "DatabaseName", "scudo",
                "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0.5, "MaxCapacity", 4)));
        template.hasResourceProperties("AWS::RDS::DBInstance", Map.of("DBInstanceClass", "db.serverless"));
        template.resourceCountIs("AWS::SecretsManager::Secret", 1);
    }

    @Test
    void theLoadBalancerEndsTlsWithTheCertificateParameterAndAsksReadiness() {
        assertThat(template.findParameters("CertificateArn", Map.of("Type", "String"))).hasSize(1);
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of(
                "Protocol", "HTTPS", "Port", 443,
                "Certificates", List.of(Map.of("CertificateArn", Map.of("Ref", "CertificateArn")))));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of(
                "HealthCheckPath", "/actuator/health/readiness", "TargetType", "ip"));
        template.hasResourceProperties("AWS::ECS::Service", Map.of("LoadBalancers", List.of(
                Match.objectLike(Map.of("ContainerName", "app", "ContainerPort", 8080)))));
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of(
                        "HealthCheck", Match.objectLike(Map.of("Command", Match.arrayWith(List.of(
                                Match.stringLikeRegexp(".*/actuator/health/liveness.*"))))),
                        "Environment", Match.arrayWith(List.of(
                                Map.of("Name", "SCUDO_DYNAMODB_MODE", "Value", "aws"))))))));
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of("Environment", Match.arrayWith(List.of(
                        Map.of("Name", "SCUDO_DYNAMODB_TABLE_PREFIX", "Value", "shop-"))))))));
    }

    @Test
    void alarmsCoverErrorsLatencyHealthCapacityThrottlingAndLogErrors() {
        Map<String, Map<String, Object>> alarms = template.findResources("AWS::CloudWatch::Alarm");
        assertThat(alarms).hasSizeGreaterThanOrEqualTo(8);
        String topic = template.findResources("AWS::SNS::Topic").keySet().iterator().next();
        assertThat(alarms.values()).allSatisfy(alarm ->
                assertThat(map(alarm.get("Properties")).get("AlarmActions")).isEqualTo(List.of(Map.of("Ref", topic))));
        List<Object> metrics = new ArrayList<>();
        alarms.values().forEach(a -> {
            Map<String, Object> p = map(a.get("Properties"));
            metrics.add(p.getOrDefault("MetricName", p.get("Metrics")));
        });
        assertThat(metrics.toString()).contains("HTTPCode_Target_5XX_Count", "TargetResponseTime", "HealthyHostCount",
                "CPUUtilization", "MemoryUtilization", "ACUUtilization", "ThrottledRequests", "ErrorLogLines");
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        // The app's ECS JSON nests the level: {"log":{"level":"ERROR"}}.
        template.hasResourceProperties("AWS::Logs::MetricFilter", Map.of(
                "FilterPattern", Match.stringLikeRegexp(".*\\$\\.log\\.level = \"ERROR\".*")));
    }

    @Test
    void theImageIsAnAssetOfTheRepositorysDockerfileStagedWithoutBuildOutput() throws IOException {
        Path manifest = Path.of(assembly.getDirectory()).resolve("Scudo.assets.json");
        String assets = Files.readString(manifest);
        assertThat(assets).contains("\"dockerImages\"").contains("\"dockerFile\": \"Dockerfile\"");
        Path staged;
        try (Stream<Path> dirs = Files.list(Path.of(assembly.getDirectory()))) {
            staged = dirs.filter(p -> p.getFileName().toString().startsWith("asset.")
                    && Files.exists(p.resolve("Dockerfile"))).findFirst().orElseThrow();
        }
        assertThat(staged.resolve("pom.xml")).exists();
        assertThat(staged.resolve("mvnw")).exists();
        assertThat(staged.resolve("src/main/resources/application.yml")).exists();
        assertThat(staged.resolve("src/test")).doesNotExist();
        assertThat(staged.resolve("target")).doesNotExist();
        assertThat(staged.resolve("infra")).doesNotExist();
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
                Match.objectLike(Map.of("Image", Match.objectLike(Map.of("Fn::Sub",
                        Match.stringLikeRegexp(".*container-assets.*:" + staged.getFileName().toString()
                                .substring("asset.".length())))))))));
    }

    private String logicalIdOfTaskDefinitionRef(String property) {
        Map<String, Object> taskDefinition = template.findResources("AWS::ECS::TaskDefinition").values().iterator().next();
        Map<String, Object> ref = map(map(taskDefinition.get("Properties")).get(property));
        return asList(ref.get("Fn::GetAtt")).get(0).toString();
    }

    private List<Map<String, Object>> statementsOfPoliciesAttachedTo(String role) {
        List<Map<String, Object>> statements = new ArrayList<>();
        template.findResources("AWS::IAM::Policy").values().forEach(policy -> {
            Map<String, Object> p = map(policy.get("Properties"));
            if (asList(p.get("Roles")).contains(Map.of("Ref", role))) {
                asList(map(p.get("PolicyDocument")).get("Statement")).forEach(s -> statements.add(map(s)));
            }
        });
        return statements;
    }

    /** The table a policy resource names: {"Fn::GetAtt": [table, "Arn"]} or a join of that with "/index/*". */
    private static String tableReferencedBy(Object resource) {
        String text = resource.toString();
        for (String id : resources.keySet()) {
            if (text.contains("Fn::GetAtt=[" + id + ", Arn]")) {
                return id;
            }
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Object> asList(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
    }
}
