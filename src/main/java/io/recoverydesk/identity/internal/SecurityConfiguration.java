package io.recoverydesk.identity.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.recoverydesk.audit.AuditLog;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two chains: {@code /api/**} is stateless (HTTP Basic or Bearer token, no session, so no
 * CSRF); the pages use form login with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    /**
     * {@code @PreAuthorize} as role checks read once per method (ADR 0025); expressions
     * other than role lists are evaluated by Spring's manager as before. Replaces the
     * interceptor {@code prePostEnabled} would register (no {@code @PostAuthorize} or
     * filters are used).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeByRoles(ApplicationContext context) {
        PreAuthorizeAuthorizationManager expressions = new PreAuthorizeAuthorizationManager();
        expressions.setApplicationContext(context);
        return AuthorizationManagerBeforeMethodInterceptor.preAuthorize(new RoleCheckAuthorization(expressions));
    }

    /**
     * No observation per security filter, authentication or authorization: the filter
     * chain is not wrapped at all (with observations merely disabled by a predicate, the
     * wrapper still made a no-op observation around each of the chain's filters on every
     * request). The HTTP server's own observation, which times each request, stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    AuthenticationManager authenticationManager(RdUserDetailsService userDetails, PasswordEncoder encoder,
            UserStore users, AuditLog audit, IdentityProperties properties, Clock clock, TransactionTemplate tx) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new LockingAuthenticationProvider(dao, users, audit, properties, clock, tx));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager, UserStore users,
            TokenPrincipals principals, Clock clock, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
            .authenticationManager(authenticationManager)
            .authorizeHttpRequests(a -> a.anyRequest().authenticated())
            .httpBasic(b -> b.authenticationEntryPoint(problems.entryPoint()))
            .addFilterBefore(new CrossSiteApiFilter(problems), BasicAuthenticationFilter.class)
            .addFilterBefore(new BearerTokenFilter(users, principals, clock, problems), BasicAuthenticationFilter.class)
            .addFilterBefore(new ActiveUserFilter(users, problems, true), AuthorizationFilter.class)
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(c -> c.disable())
            .exceptionHandling(e -> e.authenticationEntryPoint(problems.entryPoint())
                .accessDeniedHandler(problems.accessDeniedHandler()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager, UserStore users,
            ProblemResponses problems, Clock clock) throws Exception {
        http.authenticationManager(authenticationManager)
            .authorizeHttpRequests(a -> a
                .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg",
                        "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                .permitAll()
                .anyRequest()
                .authenticated())
            .formLogin(f -> f.loginPage("/login")
                .successHandler(new LoginSuccess(clock))
                .failureHandler(SecurityConfiguration::loginFailed)
                .permitAll())
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
            .addFilterBefore(new ActiveUserFilter(users, problems, false), AuthorizationFilter.class);
        return http.build();
    }

    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException ex) throws IOException {
        response.sendRedirect(
                request.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    /**
     * Remembers when the session signed in, so that disabling the user ends sessions
     * opened before.
     */
    static final class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

        private final Clock clock;

        LoginSuccess(Clock clock) {
            this.clock = clock;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            request.getSession().setAttribute(ActiveUserFilter.LOGIN_AT, clock.instant());
            super.onAuthenticationSuccess(request, response, authentication);
        }

    }

}
