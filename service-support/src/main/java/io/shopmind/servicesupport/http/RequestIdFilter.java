package io.shopmind.servicesupport.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the request id from {@code X-Request-Id} or creates one, returns it in the response, and puts it (with the
 * service's name) in the logging context for as long as the request is served.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    private final String serviceName;

    public RequestIdFilter(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        MDC.put("service", serviceName);
        try {
            chain.doFilter(new RequestWithId(request, requestId), response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
            MDC.remove("service");
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
