# syntax=docker/dockerfile:1
# The server for AWS DynamoDB and PostgreSQL: the -Paws jar (no DynamoDB Local, no H2), split into Spring Boot's
# layers so that a code change rebuilds only the last, small one. Build: docker build -t scudo-customer-360 .
# (docs/deployment.md says which of these steps were run where).

FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Paws -DskipTests clean package \
 && java -Djarmode=tools -jar target/scudo-customer-360-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre-noble
RUN groupadd --system --gid 10001 scudo \
 && useradd --system --uid 10001 --gid scudo --home-dir /app --no-create-home --shell /usr/sbin/nologin scudo \
 && mkdir -p /app/data && chown scudo:scudo /app/data
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
# The heap follows the container's memory limit (three quarters of it); an OutOfMemoryError ends the process so
# the orchestrator restarts it instead of leaving a half-working JVM.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError" \
    SCUDO_DYNAMODB_MODE=aws \
    SCUDO_DEMO_LOAD_ON_START=false \
    PORT=8080
EXPOSE 8080
# Liveness, asked with bash alone: the JRE image has neither curl nor wget.
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=4 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
CMD ["serve"]
