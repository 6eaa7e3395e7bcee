package org.barometer.operations;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Tags every request in the `http.server.requests` metric with whether a kept reader's answer served it
 * (`kept="HIT"`, with the page's path as its route) or it was made afresh (`kept="none"`): the hit rate of the
 * kept answers, per route.
 */
@Component
class KeptAnswersTag extends DefaultServerRequestObservationConvention {

    /** The header the kept answers carry (see system.ReaderAnswers). */
    private static final String SERVED_FROM_MEMORY = "X-Cache";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        HttpServletResponse response = context.getResponse();
        String kept = response == null ? null : response.getHeader(SERVED_FROM_MEMORY);
        KeyValues values = super.getLowCardinalityKeyValues(context).and(KeyValue.of("kept", kept == null ? "none" : kept));
        // a kept answer is served before any handler is looked up, so its route is its path; only canonical paths of
        // marked pages are ever kept, which bounds the number of such values
        return kept == null ? values : values.and(KeyValue.of("uri", context.getCarrier().getRequestURI()));
    }
}
