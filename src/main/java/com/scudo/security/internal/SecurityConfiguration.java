package com.scudo.security.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Two filter chains. The API chain ({@code /api/**}, the OpenAPI description, the actuator) takes API keys or the
 * dashboard's session, answers 401/403 as problem details and never redirects. The page chain signs people in
 * with a form and a session cookie, with CSRF protection. Both place every request in a workspace through
 * {@link WorkspaceAccessFilter}, which also gives a person the role they hold in that workspace. Rules are by
 * path and method, with writes needing an analyst by default, so an endpoint added later is protected without
 * being listed here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {
    /** Scripts and styles come only from this server (htmx and ECharts are served locally); no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";
    /** POST endpoints that change nothing: a viewer or a read key may call them. */
    private static final String[] READ_ONLY_POSTS = {"/api/v1/assistant/ask", "/api/v1/assistant/stream",
            "/api/v1/segments/preview"};
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Argon2id (16 MiB, 2 passes) for new hashes; bcrypt hashes are still accepted and upgraded on sign-in. */
    @Bean
    static PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("ANALYST")
                .role("ANALYST").implies("VIEWER")
                .build();
    }

    /**
     * The only way to sign in: the form's name and password checked by {@link PasswordSignIn}. Published as the
     * one AuthenticationManager so no other (such as a generated default user) exists, and so a failure is
     * counted once (a provider bean would also sit in a parent manager and be asked twice).
     */
    @Bean
    AuthenticationManager authenticationManager(JooqUserAccounts users, PasswordEncoder passwords,
                                                AddressLimiter addresses, SecuritySettings settings, Clock clock) {
        return new ProviderManager(new PasswordSignIn(users, passwords, addresses, settings, clock));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JooqApiKeys keys, JooqUserAccounts users, CallerBudgets budgets)
            throws Exception {
        // The OpenAPI description and its browsable UI are for developers holding a key (or a dashboard session).
        http.securityMatcher("/api/**", "/v3/api-docs*", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                        "/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Who this server is, and the first key made with the local admin token (checked there).
                        .requestMatchers(HttpMethod.GET, "/api/v1/installation").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/local-admin/api-keys").permitAll()
                        // Shopify's deliveries carry no key: their HMAC over the body, checked by the connector, is it.
                        .requestMatchers(HttpMethod.POST, "/api/v1/shopify/webhooks").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/api-keys", "/api/v1/api-keys/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/workspaces").hasRole("ADMIN")
                        .requestMatchers("/api/v1/customers/*/privacy/**", "/api/v1/audit", "/api/v1/audit/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/v1/demo-data", "/api/v1/sync/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/connections", "/api/v1/connections/**", "/api/v1/webhooks",
                                "/api/v1/webhooks/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/settings/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/customers/export.csv", "/api/v1/segments/*/export.csv",
                                "/api/v1/imports", "/api/v1/imports/**").hasRole("ANALYST")
                        // questions and previews are POSTed (their text is long) but only read
                        .requestMatchers(HttpMethod.POST, READ_ONLY_POSTS).hasRole("VIEWER")
                        .requestMatchers(HttpMethod.GET, "/**").hasRole("VIEWER")
                        .requestMatchers(HttpMethod.HEAD, "/**").hasRole("VIEWER")
                        .anyRequest().hasRole("ANALYST"))
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
                .addFilterBefore(new WorkspaceAccessFilter(users, true), AuthorizationFilter.class)
                .addFilterBefore(new RateLimitFilter(budgets), AuthorizationFilter.class)
                // The dashboard's own calls (the assistant's event stream) use its session; keys never make one.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::browserWrite))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                Refusals.unauthorized(response, Refusals.SIGN_IN_NEEDED, false))
                        .accessDeniedHandler(new ApiAccessDenied()))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, JooqUserAccounts users, AuthenticationManager signIn,
                                  CallerBudgets budgets) throws Exception {
        http.securityMatcher("/**")
                .authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/setup", "/access-denied", "/error", "/favicon.ico",
                                "/dashboard/**", "/webjars/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/segments/preview").hasRole("VIEWER")
                        .requestMatchers("/connections", "/connections/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/segments", "/segments/**", "/customers/*/actions/**")
                        .hasRole("ANALYST")
                        .requestMatchers(HttpMethod.GET, "/**").hasRole("VIEWER")
                        .requestMatchers(HttpMethod.HEAD, "/**").hasRole("VIEWER")
                        .anyRequest().hasRole("ANALYST"))
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedout"))
                .addFilterBefore(new WorkspaceAccessFilter(users, false), AuthorizationFilter.class)
                .addFilterBefore(new RateLimitFilter(budgets), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new PageEntryPoint())
                        .accessDeniedHandler(new PageAccessDenied()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // sent only on HTTPS requests (behind a TLS proxy: X-Forwarded-Proto, see server.forward-headers-strategy)
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /**
     * A write sent with the session cookie and no API key: only a browser does that, so it must carry the CSRF
     * token. A request with a key (a header no other site can make a browser send) or no session needs none.
     */
    private static boolean browserWrite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getRequestedSessionId() != null
                && ApiKeyFilter.presentedKey(request) == null;
    }
}
