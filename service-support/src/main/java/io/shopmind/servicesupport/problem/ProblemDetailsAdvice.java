package io.shopmind.servicesupport.problem;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.http.PayloadTooLargeException;
import io.shopmind.servicesupport.http.Text;
import jakarta.validation.ConstraintViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service answers is an RFC 9457 problem: Spring MVC's own exceptions (unknown path, wrong method,
 * unsupported media type, ...) through {@link ResponseEntityExceptionHandler}, validation failures with the list of
 * invalid fields, malformed JSON with where it broke, and anything unexpected (an {@code IllegalArgumentException}
 * included: a client's mistake is an {@link InvalidInputException}) as a 500 without its message or a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(validationProblem(ex.getBindingResult(), request), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldError(
                    fieldName(name, error), error.getDefaultMessage())));
        });
        return respond(ProblemFactory.validation("The request has invalid fields.", errors, path(request)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Optional<PayloadTooLargeException> tooLarge = causeOfType(ex, PayloadTooLargeException.class);
        if (tooLarge.isPresent()) {
            return respond(tooLargeProblem(tooLarge.get(), path(request)), headers);
        }
        Optional<FieldError> fieldError = JsonErrors.fieldError(ex.getCause());
        if (fieldError.isPresent()) {
            return respond(ProblemFactory.validation("The request has invalid fields.", List.of(fieldError.get()),
                    path(request)), headers);
        }
        String detail = ex.getCause() == null
                ? "The request body is missing or unreadable."
                : "The request body is not valid JSON" + JsonErrors.location(ex.getCause()) + ".";
        ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST, detail, path(request));
        problem.setTitle("Malformed request");
        return respond(problem, headers);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        FieldError error = new FieldError(ex.getName(),
                Text.quoted(ex.getValue()) + " is not " + JsonErrors.describe(ex.getRequiredType()));
        return respond(ProblemFactory.validation("The request has invalid fields.", List.of(error), path(request)),
                new HttpHeaders());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldError(leafPath(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return respond(ProblemFactory.validation("The request has invalid fields.", errors, path(request)),
                new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(tooLargeProblem(new PayloadTooLargeException(ex.getMaxUploadSize()), path(request)), headers);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex, WebRequest request) {
        Optional<PayloadTooLargeException> tooLarge = causeOfType(ex, PayloadTooLargeException.class);
        if (tooLarge.isPresent()) {
            return respond(tooLargeProblem(tooLarge.get(), path(request)), new HttpHeaders());
        }
        ProblemDetail problem = ProblemFactory.problem(HttpStatus.BAD_REQUEST,
                "The multipart body could not be read; send the file as a form part.", path(request));
        problem.setTitle("Malformed request");
        return respond(problem, new HttpHeaders());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException ex, WebRequest request) {
        return respond(tooLargeProblem(ex, path(request)), new HttpHeaders());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex, WebRequest request) {
        ProblemDetail problem = ProblemFactory.validation(ex.getMessage(), ex.errors(), path(request));
        ex.properties().forEach(problem::setProperty);
        return respond(problem, new HttpHeaders());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        return titled(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
        return titled(HttpStatus.CONFLICT, "Conflict", ex.getMessage(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", path(request), ex);
        return titled(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "An unexpected error occurred. Quote the requestId when reporting it.", request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            ProblemFactory.complete(problem, path(request));
        }
        return response;
    }

    private static ProblemDetail validationProblem(BindingResult result, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return ProblemFactory.validation("The request has invalid fields.", errors, path(request));
    }

    /** A method parameter's path ({@code list.arg0}, {@code put.sku}) without the method's name. */
    private static String leafPath(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static ProblemDetail tooLargeProblem(PayloadTooLargeException ex, String path) {
        ProblemDetail problem = ProblemFactory.problem(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage(), path);
        problem.setTitle("Request body too large");
        problem.setProperty("maxBytes", ex.maxBytes());
        return problem;
    }

    /** A body's field by its path in the body, as the client wrote it; a path or query parameter by its name. */
    private static String fieldName(String parameter, MessageSourceResolvable error) {
        if (error instanceof org.springframework.validation.FieldError fieldError) {
            return fieldError.getField();
        }
        return parameter;
    }

    private static ResponseEntity<Object> titled(HttpStatus status, String title, String detail, WebRequest request) {
        ProblemDetail problem = ProblemFactory.problem(status, detail, path(request));
        problem.setTitle(title);
        return respond(problem, new HttpHeaders());
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    static String path(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            return servletRequest.getRequestURI();
        }
        return null;
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
