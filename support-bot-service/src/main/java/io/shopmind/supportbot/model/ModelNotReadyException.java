package io.shopmind.supportbot.model;

import io.shopmind.model.problem.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The service has no intent model yet: its first training is still running. Answered as a 503 problem with
 * {@code Retry-After}, so the storefront tries again instead of showing a wrong answer.
 */
public class ModelNotReadyException extends ErrorResponseException {

    private static final int RETRY_AFTER_SECONDS = 5;

    public ModelNotReadyException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The support bot is getting ready: its first intent model is still training. Try again in a few "
                        + "seconds.");
        problem.setType(ProblemTypes.SERVICE_UNAVAILABLE);
        problem.setTitle("Not ready yet");
        return problem;
    }
}
