package io.shopmind.servicesupport.problem;

import io.shopmind.model.problem.FieldError;
import io.shopmind.model.problem.ProblemTypes;
import io.shopmind.servicesupport.http.RequestIds;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details the same way everywhere: a type per kind of failure, the request id, the path. */
public final class ProblemFactory {

    private static final Map<Integer, URI> TYPE_BY_STATUS = Map.of(
            400, ProblemTypes.MALFORMED_REQUEST,
            404, ProblemTypes.NOT_FOUND,
            405, ProblemTypes.METHOD_NOT_ALLOWED,
            409, ProblemTypes.CONFLICT,
            413, ProblemTypes.PAYLOAD_TOO_LARGE,
            415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
            422, ProblemTypes.VALIDATION,
            503, ProblemTypes.SERVICE_UNAVAILABLE,
            504, ProblemTypes.GATEWAY_TIMEOUT);

    private ProblemFactory() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return complete(problem, path);
    }

    public static ProblemDetail validation(String detail, List<FieldError> errors, String path) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail, path);
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Fills in what every problem carries: a type, the request path as instance, and the request id. */
    public static ProblemDetail complete(ProblemDetail problem, String path) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(typeFor(problem.getStatus()));
        }
        if (problem.getInstance() == null && path != null) {
            problem.setInstance(URI.create(path));
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    static URI typeFor(int status) {
        if (status >= 500) {
            return TYPE_BY_STATUS.getOrDefault(status, ProblemTypes.INTERNAL);
        }
        return TYPE_BY_STATUS.getOrDefault(status, ProblemTypes.MALFORMED_REQUEST);
    }
}
