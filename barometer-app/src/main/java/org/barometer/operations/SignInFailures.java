package org.barometer.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Counts refused sign-ins by reason (`barometer.sign_in.failures`): a rising count is a guessing attack or a broken store. */
@Component
class SignInFailures {

    private final MeterRegistry meters;

    SignInFailures(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent failure) {
        Counter.builder("barometer.sign_in.failures").description("Sign-ins refused")
                .tag("reason", failure.getException().getClass().getSimpleName())
                .register(meters).increment();
    }
}
