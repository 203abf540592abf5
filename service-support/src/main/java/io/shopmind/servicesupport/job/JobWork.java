package io.shopmind.servicesupport.job;

/** The work of a job. It returns where its result can be read (a path of the service's API), or null. */
@FunctionalInterface
public interface JobWork {

    String run(JobProgress progress) throws Exception;
}
