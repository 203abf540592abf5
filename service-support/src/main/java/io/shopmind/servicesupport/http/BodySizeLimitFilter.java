package io.shopmind.servicesupport.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import io.shopmind.servicesupport.problem.ProblemFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over a limit with a 413 problem: at once when the declared length is too large, and while
 * reading when a chunked body turns out to be. Bulk-import paths get their own, larger limit.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxImportBytes;
    private final List<String> importPaths;
    private final JsonMapper jsonMapper;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public BodySizeLimitFilter(long maxBytes, long maxImportBytes, List<String> importPaths, JsonMapper jsonMapper) {
        this.maxBytes = maxBytes;
        this.maxImportBytes = maxImportBytes;
        this.importPaths = List.copyOf(importPaths);
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            writeProblem(request, response, limit);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private long limitFor(String path) {
        return importPaths.stream().anyMatch(pattern -> matcher.match(pattern, path)) ? maxImportBytes : maxBytes;
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        PayloadTooLargeException tooLarge = new PayloadTooLargeException(limit);
        ProblemDetail problem = ProblemFactory.problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(),
                request.getRequestURI());
        problem.setTitle("Request body too large");
        problem.setProperty("maxBytes", limit);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the client is still sending; close the connection rather than read the rest
        response.setHeader("Connection", "close");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
