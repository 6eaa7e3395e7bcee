package org.barometer.system;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form post over the server's limit (server.tomcat.max-http-form-post-size, and spring.servlet.multipart.max-* for
 * multipart) is answered 413 with the site's error page in the reader's language, naming the limit; no handler sees
 * it, so nothing is stored. Tomcat refuses to read such a body, and every later reading of a parameter would fail, the
 * error page's own included: so the error page is given the address's query parameters alone (lang among them).
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class OversizedForms extends OncePerRequestFilter {

    /** The request attribute that gives the error page the limit, in whole megabytes. */
    static final String LIMIT = "formLimitMegabytes";

    private final long megabytes;

    OversizedForms(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
        this.megabytes = Math.max(1, limit.toMegabytes());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!tooLarge(request)) {
            chain.doFilter(request, response);
        } else if (request.getDispatcherType() == DispatcherType.ERROR) {
            request.setAttribute(LIMIT, megabytes);
            chain.doFilter(new QueryOnly(request), response);
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static boolean tooLarge(HttpServletRequest request) throws IOException, ServletException {
        try {
            if (multipart(request)) {
                // read in full here: reading only the fields before the limit would let the sign-in and CSRF checks pass
                request.getParts();
            }
            request.getParameterMap();
            return false;
        } catch (InvalidParameterException e) {
            return e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        }
    }

    private static boolean multipart(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The request with the parameters of its address only: its body was never read. */
    private static final class QueryOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        QueryOnly(HttpServletRequest request) {
            super(request);
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    String[] nameAndValue = pair.split("=", 2);
                    String name = URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8);
                    String value = nameAndValue.length > 1 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "";
                    parameters.merge(name, new String[] {value}, (a, b) -> {
                        String[] both = Arrays.copyOf(a, a.length + 1);
                        both[a.length] = b[0];
                        return both;
                    });
                }
            }
        }

        /** Not a form: the error page does not try to read the parts again. */
        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
