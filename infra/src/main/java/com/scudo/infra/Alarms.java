package com.scudo.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ecs.patterns.ApplicationLoadBalancedFargateService;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

import java.util.Map;

/**
 * CloudWatch alarms on what a merchant notices: server errors, slow answers, no healthy task, tasks or database
 * near their limits, DynamoDB throttling, errors in the app's log. Each notifies one SNS topic (subscribe an
 * e-mail address or a chat hook to it).
 */
final class Alarms extends Construct {
    final Topic topic;

    Alarms(Construct scope, String id, ApplicationLoadBalancedFargateService service, DatabaseCluster database,
           OperationalTables tables, LogGroup logs) {
        super(scope, id);
        topic = Topic.Builder.create(this, "Topic").displayName("Scudo Customer 360 alarms").build();
        MetricOptions fiveMinutes = MetricOptions.builder().period(Duration.minutes(5)).build();

        alarm("ServerErrors", "The app answered 5 or more requests with a 5xx in 5 minutes",
                service.getLoadBalancer().getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT,
                        MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build()),
                5, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1);
        alarm("SlowResponses", "p95 response time above 2 s for 15 minutes",
                service.getLoadBalancer().getMetrics().targetResponseTime(
                        MetricOptions.builder().period(Duration.minutes(5)).statistic("p95").build()),
                2, ComparisonOperator.GREATER_THAN_THRESHOLD, 3);
        alarm("NoHealthyTask", "No task passes the readiness check",
                service.getTargetGroup().getMetrics().healthyHostCount(
                        MetricOptions.builder().period(Duration.minutes(1)).statistic("Minimum").build()),
                1, ComparisonOperator.LESS_THAN_THRESHOLD, 3);
        alarm("TaskCpu", "Tasks above 85 % CPU for 15 minutes (scaling is at its maximum or too slow)",
                service.getService().metricCpuUtilization(fiveMinutes), 85, ComparisonOperator.GREATER_THAN_THRESHOLD, 3);
        alarm("TaskMemory", "Tasks above 85 % memory for 15 minutes",
                service.getService().metricMemoryUtilization(fiveMinutes), 85, ComparisonOperator.GREATER_THAN_THRESHOLD, 3);
        alarm("DatabaseCapacity", "Aurora above 90 % of its maximum capacity for 15 minutes",
                database.metricACUUtilization(fiveMinutes), 90, ComparisonOperator.GREATER_THAN_THRESHOLD, 3);

        Map<String, IMetric> throttles = new java.util.LinkedHashMap<>();
        tables.all().forEach(table -> throttles.put("t" + throttles.size(), table.metric("ThrottledRequests",
                MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build())));
        alarm("DynamoDbThrottling", "DynamoDB throttled requests to the operational tables",
                MathExpression.Builder.create().expression(String.join(" + ", throttles.keySet()))
                        .usingMetrics(throttles).period(Duration.minutes(5)).label("throttled requests").build(),
                1, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1);

        // The container logs as ECS JSON (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs, {"log":{"level":"ERROR",...}}):
        // count its ERROR lines.
        MetricFilter errors = MetricFilter.Builder.create(this, "ErrorLines").logGroup(logs)
                .filterPattern(FilterPattern.stringValue("$.log.level", "=", "ERROR"))
                .metricNamespace("Scudo").metricName("ErrorLogLines").metricValue("1").defaultValue(0).build();
        alarm("ErrorLogLines", "The app logged 10 or more errors in 5 minutes",
                errors.metric(MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build()),
                10, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1);

        CfnOutput.Builder.create(this, "AlarmTopic").value(topic.getTopicArn())
                .description("Subscribe to this SNS topic to receive the alarms").build();
    }

    private void alarm(String id, String description, IMetric metric, double threshold, ComparisonOperator comparison,
                       int periods) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(comparison)
                .evaluationPeriods(periods)
                .treatMissingData(id.equals("NoHealthyTask") ? TreatMissingData.BREACHING : TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(topic));
    }
}
