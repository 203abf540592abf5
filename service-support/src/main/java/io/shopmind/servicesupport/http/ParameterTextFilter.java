package io.shopmind.servicesupport.http;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.ProblemFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose query parameters are not valid UTF-8 or carry control characters (see {@link Text}) with a
 * 400 problem naming each parameter (path variables: {@link PathVariableTextCheck}). The servlet container would otherwise drop an
 * undecodable parameter silently, and PostgreSQL refuses a NUL with an error the client cannot act on.
 */
public class ParameterTextFilter extends OncePerRequestFilter {

    private final JsonMapper jsonMapper;

    public ParameterTextFilter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldError> errors = new ArrayList<>();
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String name = decodeOrNull(rawName, true);
                if (name == null || Text.problemWith(name) != null) {
                    errors.add(new FieldError(Text.quoted(rawName), "is not a valid parameter name"));
                } else if (equals >= 0) {
                    check(name, pair.substring(equals + 1), true, errors);
                }
            }
        }
        if (errors.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemFactory.validation("The request has invalid parameters.", errors,
                null);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }

    private static void check(String field, String raw, boolean plusIsSpace, List<FieldError> errors) {
        String value = decodeOrNull(raw, plusIsSpace);
        if (value == null) {
            errors.add(new FieldError(field, "must be valid UTF-8, percent-encoded"));
            return;
        }
        String problem = Text.problemWith(value);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }

    /** Percent-decodes strictly as UTF-8; null when the bytes are not UTF-8 or an escape is broken. */
    static String decodeOrNull(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
