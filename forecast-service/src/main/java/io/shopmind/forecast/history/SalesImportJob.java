package io.shopmind.forecast.history;

import io.shopmind.forecast.api.ImportReceipt;
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
 * An uploaded sales file's import, as a job on the instance that received the file: COPY into the database in one
 * transaction ({@link SalesImporter}); a bad line fails the job with its line number and writes nothing. The
 * receipt is the job's summary.
 */
@Component
class SalesImportJob implements JobHandler<SalesImportJob.Parameters> {

    static final String KIND = "sales-import";

    /** @param file the upload on this host */
    record Parameters(String file, String frequency, int seasonalPeriod, boolean fillMissing) {
    }

    private final SalesImporter importer;

    SalesImportJob(SalesImporter importer) {
        this.importer = importer;
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
            ImportReceipt receipt = importer.importCsv(body, new ImportOptions(Frequency.of(parameters.frequency()),
                    parameters.seasonalPeriod(), parameters.fillMissing()));
            progress.summary(receipt);
            progress.report(1, 1, String.format(Locale.ROOT, "%,d rows of %,d series: %,d changed, %,d filled",
                    receipt.rows(), receipt.series(), receipt.changed(), receipt.filled()));
            return "/api/v1/forecasts/series";
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
