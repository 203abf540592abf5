package io.shopmind.recommendation.interaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** One interaction file format, read line by line so files of any size stream. */
public interface InteractionFileReader {

    /**
     * Hands each event of {@code source} to {@code sink} as soon as its line is read; a malformed line raises
     * {@link InteractionFormatException} with its line number.
     */
    void read(Reader source, InteractionSink sink) throws IOException;

    /** The character set the format's files are written in. */
    Charset charset();

    default InteractionLog read(Path file) throws IOException {
        InteractionLog.Builder builder = new InteractionLog.Builder();
        read(file, builder);
        return builder.build();
    }

    /** Appends the events of {@code file} to {@code builder}, so that several files share one id index. */
    default void read(Path file, InteractionLog.Builder builder) throws IOException {
        read(file, (line, user, item, type, weight, timestamp) -> builder.add(user, item, weight, timestamp));
    }

    /** Hands each event of {@code file} to {@code sink} as soon as its line is read. */
    default void read(Path file, InteractionSink sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, charset())) {
            read(reader, sink);
        }
    }

    default InteractionLog read(Reader source) throws IOException {
        InteractionLog.Builder builder = new InteractionLog.Builder();
        read(source, builder);
        return builder.build();
    }

    default void read(Reader source, InteractionLog.Builder builder) throws IOException {
        read(source, (line, user, item, type, weight, timestamp) -> builder.add(user, item, weight, timestamp));
    }
}
