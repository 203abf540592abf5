package io.shopmind.servicesupport.http;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a path variable with control characters (see {@link Text}) with a 400 problem naming the variable, before
 * the controller runs. Query parameters are checked earlier, by {@link ParameterTextFilter}; Tomcat itself refuses
 * an encoded NUL or invalid UTF-8 in a path ({@link ProblemErrorReportValve}).
 */
public class PathVariableTextCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            List<FieldError> errors = new ArrayList<>();
            variables.forEach((name, value) -> {
                String problem = value == null ? null : Text.problemWith(value.toString());
                if (problem != null) {
                    errors.add(new FieldError(name.toString(), problem));
                }
            });
            if (!errors.isEmpty()) {
                throw new InvalidInputException("The request has invalid fields.", errors);
            }
        }
        return true;
    }
}
