package com.scudo.connector.internal;

import com.scudo.connector.ConnectorSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConnectorSettings.class)
class ConnectorConfiguration {
}
