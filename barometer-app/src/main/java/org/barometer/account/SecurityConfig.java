package org.barometer.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may reach what. Readers need no account; the workspace needs one; accounts are the admin's.
 * Changes that are refused answer 403, also to a request that is not signed in.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The published data for machines: the API, the downloads, the feed and the API's description. Read-only and the
     * same for everyone, so these requests neither read nor make a session and skip sign-in and its throttle; they
     * keep the security headers. No route here changes anything (every one is GET-only and anything else is answered
     * 405), so there is nothing for a CSRF token to protect and no token to keep.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publishedDataChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/data/*", "/feed.atom", "/v3/api-docs", "/v3/api-docs/**")
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/workspace/accounts", "/workspace/accounts/**").hasRole("ADMIN")
                        // a reviewer's one right: the samples they score second
                        .requestMatchers("/workspace", "/workspace/second", "/workspace/issues/*/second/**").authenticated()
                        .requestMatchers("/workspace/**").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name(), Role.ANALYST.name())
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(throttle.clearingFailures())
                        .failureHandler(throttle.countingFailures()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedout"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new Http403ForbiddenEntryPoint(), request -> !"GET".equals(request.getMethod())))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(SecurityConfig::tokenBeforeThePage, CsrfFilter.class)
                .headers(SecurityConfig::headers);
        return http.build();
    }

    /**
     * The headers of every answer: the content security policy, and a referrer policy that tells other sites at most
     * the origin, never a workspace address (Spring Security's defaults add the rest, and HSTS over HTTPS).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /**
     * A signed-in member's pages carry a CSRF token, kept in the session, which is kept in the store: the token (and with
     * it the session) is made before the page starts to be written, as a session cannot be made once the answer has
     * begun. Readers get neither.
     */
    private static void tokenBeforeThePage(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }

    /** Sign-in checks passwords with the same encoder that hashed them. */
    @Bean
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder() {
        return Accounts.PASSWORDS;
    }

    /** The throttle runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<LoginThrottle> throttleOutsideTheChain(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }
}
