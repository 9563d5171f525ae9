package com.scudo.customer360.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description (served at /v3/api-docs, browsable at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI scudoOpenApi() {
        return new OpenAPI().info(new Info().title("Scudo Customer 360 API").version("v1")
                .description("Customers, Customer 360 view, segments, recommendations, analytics and ingest. "
                        + "Errors are RFC 7807 problem details. The workspace comes from the X-Scudo-Workspace header."));
    }

    /** Every API operation takes the workspace header; it is resolved outside the controllers' signatures. */
    @Bean
    OperationCustomizer workspaceHeader() {
        return (operation, handler) -> operation.addParametersItem(new HeaderParameter().name("X-Scudo-Workspace")
                .required(false).description("Workspace (default: the configured one, 'demo')").schema(new StringSchema()));
    }
}
