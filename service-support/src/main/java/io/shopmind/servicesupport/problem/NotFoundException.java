package io.shopmind.servicesupport.problem;

/** A resource the client named does not exist; answered as a 404 problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
