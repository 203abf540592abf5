package io.shopmind.servicesupport.job;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A job as a client sees it.
 *
 * @param progress   the share done, 0 to 1
 * @param etaSeconds the estimated seconds left, when the job can tell
 * @param result     where the result is (a path of this service's API), once the job succeeded
 * @param problem    when the job failed on the client's input: the problem's {@code detail}, {@code errors} (field
 *                   and message) and, for an import, the CSV {@code line}
 * @param summary    what a finished job has to tell beyond its result link (an import's counts, say)
 * @param attempts   how many times an instance started it (a crashed instance's job starts again elsewhere)
 */
public record JobView(UUID id, String kind, JobState state, double progress, long done, long total,
        Long etaSeconds, String message, String result, String error,
        @Schema(implementation = Object.class) JsonNode problem, @Schema(implementation = Object.class) JsonNode summary,
        int attempts,
        Instant createdAt, Instant startedAt, Instant finishedAt) {
}
