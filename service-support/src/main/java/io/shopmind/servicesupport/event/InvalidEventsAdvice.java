package io.shopmind.servicesupport.event;

import io.shopmind.model.problem.ProblemTypes;
import io.shopmind.servicesupport.problem.ProblemFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A batch with invalid events: 422, each invalid field with its path and the event's id. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InvalidEventsAdvice {

    @ExceptionHandler(InvalidEventsException.class)
    ResponseEntity<ProblemDetail> invalidEvents(InvalidEventsException ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemFactory.problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(),
                request.getRequestURI());
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle("Invalid events");
        problem.setProperty("invalidEvents", ex.invalidEvents());
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
