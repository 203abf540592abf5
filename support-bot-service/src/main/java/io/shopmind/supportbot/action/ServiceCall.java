package io.shopmind.supportbot.action;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/** One call to another service: its answer, empty for a 404, or {@link ServiceUnavailableException} otherwise. */
final class ServiceCall {

    private ServiceCall() {
    }

    static <T> Optional<T> call(String service, Supplier<T> request) throws ServiceUnavailableException {
        try {
            return Optional.ofNullable(request.get());
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw new ServiceUnavailableException(service, e);
        } catch (RestClientException | IllegalStateException e) {
            throw new ServiceUnavailableException(service, e);
        }
    }
}
