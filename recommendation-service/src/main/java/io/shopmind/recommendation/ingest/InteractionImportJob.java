package io.shopmind.recommendation.ingest;

import io.shopmind.servicesupport.job.JobCancelledException;
import io.shopmind.servicesupport.job.JobHandler;
import io.shopmind.servicesupport.job.JobProgress;
import io.shopmind.servicesupport.job.Uploads;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * An uploaded interaction file's import, as a job on the instance that received the file: COPY into the
 * database in one transaction ({@link InteractionImport}); a bad line fails the job with its line number.
 */
@Component
class InteractionImportJob implements JobHandler<InteractionImportJob.Parameters> {

    static final String KIND = "interaction-import";

    /** @param file the upload on this host */
    record Parameters(String file, InteractionImport.Format format) {
    }

    private final InteractionImport imports;

    InteractionImportJob(InteractionImport imports) {
        this.imports = imports;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Parameters> parametersType() {
        return Parameters.class;
    }

    @Override
    public String run(Parameters parameters, JobProgress progress) throws Exception {
        Path file = Path.of(parameters.file());
        boolean handedBack = false;
        try (InputStream body = Files.newInputStream(file)) {
            progress.report(0, 1, "importing " + Files.size(file) + " bytes");
            InteractionImport.Receipt receipt = imports.importFile(parameters.format(), body);
            progress.summary(receipt);
            progress.report(1, 1, String.format(Locale.ROOT, "%,d lines: %,d new, %,d already known",
                    receipt.lines(), receipt.imported(), receipt.alreadyKnown()));
            return null;
        } catch (JobCancelledException e) {
            handedBack = !progress.cancelled();
            throw e;
        } finally {
            if (!handedBack) {
                Uploads.remove(file);
            }
        }
    }
}
