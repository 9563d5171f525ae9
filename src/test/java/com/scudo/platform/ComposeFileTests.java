package com.scudo.platform;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose file and the Dockerfile set only settings the app reads and the docs describe, and the compose file
 * sets every one the README's AWS section says to set. Docker is not run here (docs/deployment.md).
 */
class ComposeFileTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern README_EXPORT = Pattern.compile("^\\s*export (\\w+)=", Pattern.MULTILINE);
    private static final Pattern DOCKER_ENV = Pattern.compile("^\\s*(?:ENV\\s+)?([A-Z][A-Z0-9_]+)=", Pattern.MULTILINE);
    /** Read by the AWS SDK's default credential chain and the JVM, not by the app's own settings. */
    private static final Set<String> NOT_APP_SETTINGS = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "JAVA_TOOL_OPTIONS");

    @Test
    void composeSetsWhatTheReadmeSaysToSetForAws() throws IOException {
        Set<String> exported = new TreeSet<>();
        String readme = read("README.md");
        int section = readme.indexOf("## Running on AWS DynamoDB and Aurora PostgreSQL");
        assertThat(section).isNotNegative();
        int next = readme.indexOf("\n## ", section + 3);
        Matcher m = README_EXPORT.matcher(readme.substring(section, next < 0 ? readme.length() : next));
        while (m.find()) {
            exported.add(m.group(1));
        }
        assertThat(exported).contains("SPRING_DATASOURCE_URL", "SCUDO_DYNAMODB_MODE");
        assertThat(appEnvironment().keySet()).containsAll(exported);
    }

    @Test
    void everyComposeAndDockerfileSettingIsOneTheAppReads() throws IOException {
        Set<String> known = knownSettings();
        Set<String> names = new TreeSet<>(appEnvironment().keySet());
        Matcher m = DOCKER_ENV.matcher(read("Dockerfile"));
        while (m.find()) {
            names.add(m.group(1));
        }
        names.removeAll(NOT_APP_SETTINGS);
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(known).as("settings the app reads").contains(name));
    }

    @Test
    void everyComposeSettingIsDocumented() throws IOException {
        String docs = read("README.md") + read("docs/operations.md") + read("docs/deployment.md");
        assertThat(appEnvironment().keySet()).allSatisfy(name -> assertThat(docs).contains(name));
    }

    @Test
    void theAppTalksToTheComposeServicesByTheirNames() throws IOException {
        Map<String, Object> services = services();
        Map<String, String> env = appEnvironment();
        String jdbcHost = URI.create(env.get("SPRING_DATASOURCE_URL").substring("jdbc:".length())).getHost();
        String dynamoHost = URI.create(env.get("SCUDO_DYNAMODB_ENDPOINT")).getHost();
        assertThat(services).containsKeys(jdbcHost, dynamoHost);
        assertThat(env.get("SCUDO_DYNAMODB_MODE")).isEqualTo("aws");
    }

    /**
     * As environment variable names: every key of application.yml, every ${NAME} placeholder it reads, and every
     * property Spring Boot's modules describe in their configuration metadata.
     */
    private static Set<String> knownSettings() throws IOException {
        String yml = read("src/main/resources/application.yml");
        Set<String> known = new TreeSet<>();
        flatten("", new Yaml().load(yml), known);
        for (Resource metadata : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = metadata.getInputStream()) {
                JSON.readTree(in).path("properties").forEach(p -> known.add(environmentName(p.path("name").asString())));
            }
        }
        Matcher placeholders = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(yml);
        while (placeholders.find()) {
            known.add(placeholders.group(1));
        }
        return known;
    }

    private static void flatten(String prefix, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, into));
        } else {
            into.add(environmentName(prefix));
        }
    }

    /** Spring Boot's relaxed binding from the other side: scudo.dynamodb.table-prefix is SCUDO_DYNAMODB_TABLEPREFIX
     * or SCUDO_DYNAMODB_TABLE_PREFIX; the names here keep the dash as an underscore, as the docs write them. */
    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[.\\-\\[\\]\"]", "_").replaceAll("_+", "_");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> appEnvironment() throws IOException {
        Map<String, Object> app = (Map<String, Object>) services().get("app");
        Map<String, String> env = new LinkedHashMap<>();
        ((Map<String, Object>) app.get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(read("compose.yaml"));
        return (Map<String, Object>) compose.get("services");
    }

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path));
    }
}
