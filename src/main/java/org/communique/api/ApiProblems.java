package org.communique.api;

import java.net.URI;

import org.communique.web.InvalidParameterException;
import org.communique.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as RFC 9457 problem details: a parameter that cannot be read is a 400 naming it (in the
 * detail and as {@code parameter}); what does not exist is a 404. Ahead of the pages' HTML error advice.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(InvalidParameterException e) {
        return badParameter(e.getParameter(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return notFound(new NotFoundException("There is nothing at this address: " + e.getName() + " cannot be '"
                    + e.getValue() + "'."));
        }
        return badParameter(e.getName(), e.getName() + " cannot be '" + e.getValue() + "'");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(PROBLEM).body(problem);
    }

    private static ResponseEntity<ProblemDetail> badParameter(String parameter, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Invalid parameter: " + parameter);
        problem.setType(URI.create("/api/docs/ui#invalid-parameter"));
        problem.setProperty("parameter", parameter);
        return ResponseEntity.badRequest().contentType(PROBLEM).body(problem);
    }
}
