package io.shopmind.servicesupport.problem;

/** The request contradicts the resource's current state (e.g. stock would go negative); answered as a 409 problem. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
