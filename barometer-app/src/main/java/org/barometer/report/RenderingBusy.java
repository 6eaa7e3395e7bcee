package org.barometer.report;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Too many PDFs are being made: answered 503 with Retry-After, for the reader to come back shortly. */
class RenderingBusy extends ResponseStatusException {

    static final String RETRY_AFTER_SECONDS = "5";

    RenderingBusy() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Too many PDFs are being made; try again in a few seconds");
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return headers;
    }
}
