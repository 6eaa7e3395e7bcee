package org.barometer.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may reach what. Readers need no account; the workspace needs one; accounts are the admin's.
 * Changes that are refused answer 403, also to a request that is not signed in.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/workspace/accounts", "/workspace/accounts/**").hasRole("ADMIN")
                        .requestMatchers("/workspace", "/workspace/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(throttle.clearingFailures())
                        .failureHandler(throttle.countingFailures()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedout"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new Http403ForbiddenEntryPoint(), request -> !"GET".equals(request.getMethod())))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")));
        return http.build();
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
