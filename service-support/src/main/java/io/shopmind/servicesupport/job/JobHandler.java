package io.shopmind.servicesupport.job;

/**
 * The work of one kind of job. The queue finds it by {@link #kind()} and hands it the parameters the job was
 * submitted with, read back from the database, so any replica can run any job: the parameters must say everything
 * the work needs. A handler is a Spring bean.
 *
 * @param <P> the parameters' type, a record Jackson can read
 */
public interface JobHandler<P> {

    String kind();

    Class<P> parametersType();

    /**
     * Does the work; returns where its result can be read (a path of the service's API), or null. An exception fails
     * the job: the message of an {@link IllegalStateException}, {@code InvalidInputException},
     * {@code NotFoundException} or {@code ConflictException} is shown to the client, any other is logged and shown as
     * an internal error.
     */
    String run(P parameters, JobProgress progress) throws Exception;
}
