package io.shopmind.gateway.routing;

import io.shopmind.model.problem.ProblemTypes;
import io.shopmind.servicesupport.http.PayloadTooLargeException;
import io.shopmind.servicesupport.problem.ProblemFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;

/**
 * A service that cannot be reached answers 503, one too slow 504; both as problems naming the path, so a client
 * knows to retry rather than wait or see a 500. A client's body that breaks the size limit while it is passed on is
 * the client's mistake: 413. Whatever a service answers itself (its 4xx and 5xx problems) passes through unchanged.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UpstreamFailureAdvice {

    private static final Logger log = LoggerFactory.getLogger(UpstreamFailureAdvice.class);

    @ExceptionHandler({IOException.class, ResourceAccessException.class})
    ResponseEntity<ProblemDetail> upstreamFailed(Exception ex, HttpServletRequest request) {
        PayloadTooLargeException tooLarge = causeOfType(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            // the client's body broke the limit while it was being passed on: the client's mistake, not an outage
            ProblemDetail problem = ProblemFactory.problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(),
                    request.getRequestURI());
            problem.setTitle("Request body too large");
            problem.setProperty("maxBytes", tooLarge.maxBytes());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close").body(problem);
        }
        boolean timedOut = isTimeout(ex);
        HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        log.warn("Upstream {} for {}: {}", timedOut ? "timed out" : "unavailable", request.getRequestURI(), ex.toString());
        ProblemDetail problem = ProblemFactory.problem(status, timedOut
                ? "The service behind " + request.getRequestURI() + " did not answer in time."
                : "The service behind " + request.getRequestURI() + " is unavailable. Try again shortly.",
                request.getRequestURI());
        problem.setType(timedOut ? ProblemTypes.GATEWAY_TIMEOUT : ProblemTypes.SERVICE_UNAVAILABLE);
        problem.setTitle(timedOut ? "Service timed out" : "Service unavailable");
        return ResponseEntity.status(status).header("Retry-After", "5").body(problem);
    }

    private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    static boolean isTimeout(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
