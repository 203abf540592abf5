package io.shopmind.supportbot.understanding;

/** What a long training or evaluation step tells as it goes: {@code done} of {@code total} units. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress SILENT = (done, total, message) -> { };

    void report(long done, long total, String message);
}
