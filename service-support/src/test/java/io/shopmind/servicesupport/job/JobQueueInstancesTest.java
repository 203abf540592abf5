package io.shopmind.servicesupport.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Two instances of one service on one schema, as two Spring contexts in this JVM: they share the queue without
 * running a job twice, a job whose instance stops heartbeating is recovered by the other, a job running on an
 * instance that shuts down is handed back, and a running job can be cancelled.
 */
class JobQueueInstancesTest {

    /** Which instance ran each job, over every context of this test. */
    static final Map<UUID, List<String>> RUNS = new ConcurrentHashMap<>();
    static final CountDownLatch NEVER = new CountDownLatch(1);

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Instance {

        @Bean
        JobHandler<Step> record(@Value("${test.instance}") String instance) {
            return handler("record", (step, progress) -> {
                RUNS.computeIfAbsent(step.id(), id -> new CopyOnWriteArrayList<>()).add(instance);
                Thread.sleep(20);
                return "/done/" + instance;
            });
        }

        /** On instance A the work hangs, deaf to interrupts, as in a process that froze; elsewhere it finishes. */
        @Bean
        JobHandler<Step> hang(@Value("${test.instance}") String instance) {
            return handler("hang", (step, progress) -> {
                RUNS.computeIfAbsent(step.id(), id -> new CopyOnWriteArrayList<>()).add(instance);
                while (instance.equals("A") && NEVER.getCount() > 0) {
                    try {
                        NEVER.await();
                    } catch (InterruptedException deaf) {
                        // a frozen process does not notice
                    }
                }
                return "/done/" + instance;
            });
        }

        /** Waits until told to stop, then stops as a well-behaved job does. */
        @Bean
        JobHandler<Step> patient(@Value("${test.instance}") String instance) {
            return handler("patient", (step, progress) -> {
                RUNS.computeIfAbsent(step.id(), id -> new CopyOnWriteArrayList<>()).add(instance);
                while (!progress.cancelled() && !instance.equals("B")) {
                    Thread.sleep(50);
                }
                return "/done/" + instance;
            });
        }
    }

    record Step(UUID id) {
    }

    interface Work {
        String run(Step step, JobProgress progress) throws Exception;
    }

    static JobHandler<Step> handler(String kind, Work work) {
        return new JobHandler<>() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Class<Step> parametersType() {
                return Step.class;
            }

            @Override
            public String run(Step step, JobProgress progress) throws Exception {
                return work.run(step, progress);
            }
        };
    }

    private ConfigurableApplicationContext start(String instance, String heartbeat) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Instance.class)
                .web(WebApplicationType.NONE)
                .initializers(new EmbeddedDatabaseInitializer())
                .properties("spring.application.name=support-bot-service", "spring.config.name=none",
                        "test.instance=" + instance, "shopmind.jobs.lease=1s", "shopmind.jobs.heartbeat=" + heartbeat,
                        "shopmind.jobs.poll=100ms", "shopmind.jobs.workers=2")
                .run();
        contexts.add(context);
        return context;
    }

    @AfterEach
    void close() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoInstancesShareTheQueueAndRunEachJobOnce() throws Exception {
        JobQueue a = start("A", "200ms").getBean(JobQueue.class);
        JobQueue b = start("B", "200ms").getBean(JobQueue.class);
        List<UUID> submitted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            (i % 2 == 0 ? a : b).submit(id, "record", new Step(id));
            submitted.add(id);
        }

        for (UUID id : submitted) {
            assertThat(await(a, id, job -> job.state().finished()).state()).isEqualTo(JobState.SUCCEEDED);
        }
        List<String> ranOn = new ArrayList<>();
        for (UUID id : submitted) {
            assertThat(RUNS.get(id)).as("instances that ran job %s", id).hasSize(1);
            ranOn.add(RUNS.get(id).get(0));
        }
        assertThat(ranOn).contains("A", "B");
    }

    @Test
    void theOtherInstanceRecoversTheJobOfAnInstanceThatStoppedHeartbeating() throws Exception {
        // A never renews its lease, as if its process had frozen or been killed mid-run
        ConfigurableApplicationContext frozen = start("A", "1h");
        JobQueue a = frozen.getBean(JobQueue.class);
        UUID id = UUID.randomUUID();
        a.submit(id, "hang", new Step(id));
        await(a, id, job -> job.state() == JobState.RUNNING);
        assertThat(frozen.getBean(JobWorkers.class).runningJobs()).contains(id);

        JobQueue b = start("B", "200ms").getBean(JobQueue.class);
        JobView recovered = await(b, id, job -> job.state().finished());

        assertThat(recovered.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(recovered.result()).isEqualTo("/done/B");
        assertThat(recovered.attempts()).isEqualTo(2);
        assertThat(RUNS.get(id)).containsExactly("A", "B");
    }

    @Test
    void anInstanceThatShutsDownHandsItsRunningJobBack() throws Exception {
        ConfigurableApplicationContext leaving = start("A", "200ms");
        JobQueue a = leaving.getBean(JobQueue.class);
        UUID id = UUID.randomUUID();
        a.submit(id, "patient", new Step(id));
        await(a, id, job -> job.state() == JobState.RUNNING);

        leaving.close();
        JobQueue b = start("B", "200ms").getBean(JobQueue.class);
        JobView taken = await(b, id, job -> job.state().finished());

        assertThat(taken.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(taken.result()).isEqualTo("/done/B");
        assertThat(taken.attempts()).as("a hand-back does not count as a failed attempt").isEqualTo(1);
    }

    @Test
    void cancelsAQueuedJobAtOnceAndARunningOneWhenItsWorkStops() throws Exception {
        ConfigurableApplicationContext instance = start("A", "200ms");
        JobQueue a = instance.getBean(JobQueue.class);
        UUID running = UUID.randomUUID();
        a.submit(running, "patient", new Step(running));
        await(a, running, job -> job.state() == JobState.RUNNING);
        UUID queued = UUID.randomUUID();
        a.submit(queued, "no-such-kind", new Step(queued));

        assertThat(a.cancel(queued).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        a.cancel(running);
        assertThat(await(a, running, job -> job.state().finished()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(a.cancel(UUID.randomUUID())).isEmpty();
    }

    private static JobView await(JobQueue queue, UUID id, Predicate<JobView> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JobView job = queue.find(id).orElseThrow();
        while (!done.test(job) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            job = queue.find(id).orElseThrow();
        }
        return job;
    }

}
