package io.shopmind.servicesupport.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Uploads on their way to an import job: the request body streams to a file of this host's upload folder (no
 * database connection is held while a slow client sends), the job reads the file and removes it when done.
 */
public final class Uploads {

    private final Path folder;

    public Uploads(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code body} to a new file and returns it. */
    public Path save(InputStream body, String suffix) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "upload-", suffix);
        try {
            Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Removes an upload once its import has finished, whatever the outcome. */
    public static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
