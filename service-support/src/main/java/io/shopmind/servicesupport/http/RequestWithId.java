package io.shopmind.servicesupport.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/** The request as the rest of the chain sees it: always carrying the id, so a proxy passes it on. */
final class RequestWithId extends HttpServletRequestWrapper {

    private final String requestId;

    RequestWithId(HttpServletRequest request, String requestId) {
        super(request);
        this.requestId = requestId;
    }

    @Override
    public String getHeader(String name) {
        return RequestIds.HEADER.equalsIgnoreCase(name) ? requestId : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return RequestIds.HEADER.equalsIgnoreCase(name)
                ? Collections.enumeration(Set.of(requestId))
                : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
        if (names.stream().noneMatch(RequestIds.HEADER::equalsIgnoreCase)) {
            names.add(RequestIds.HEADER);
        }
        return Collections.enumeration(names);
    }
}
