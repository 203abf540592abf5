package io.shopmind.servicesupport.http;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat answers itself, before any filter runs (a request whose URI has an encoded NUL or invalid UTF-8, a
 * malformed request line): an RFC 9457 problem instead of Tomcat's HTML page. Errors the application raised reach
 * Spring's error controller as before.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String type = status == 400 ? "malformed-request" : status >= 500 ? "internal-error" : "malformed-request";
            String detail = status == 400
                    ? "The request could not be read: its path must be valid UTF-8, percent-encoded, without NUL."
                    : "The request could not be served.";
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"https://shopmind.io/problems/" + type + "\",\"title\":\""
                        + (status == 400 ? "Malformed request" : "Error") + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                writer.flush();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing more to tell it
        }
    }
}
