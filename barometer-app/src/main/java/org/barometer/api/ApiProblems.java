package org.barometer.api;

import java.net.URI;

import org.barometer.publicdata.InvalidQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the public API as RFC 9457 problem details (application/problem+json), never a bare 500. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    @ExceptionHandler(InvalidQuery.class)
    ProblemDetail invalid(InvalidQuery e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid parameter: " + e.parameter());
        problem.setType(URI.create("/api/v1/problems/invalid-parameter"));
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(NotPublished.class)
    ProblemDetail notPublished(NotPublished e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not published");
        problem.setType(URI.create("/api/v1/problems/not-published"));
        return problem;
    }
}
