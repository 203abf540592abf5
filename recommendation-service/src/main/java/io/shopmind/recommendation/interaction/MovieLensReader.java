package io.shopmind.recommendation.interaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads MovieLens ratings {@code user, item, rating, timestamp}: the 100K {@code u.data} layout separated by TAB (also
 * {@code u1.base}, {@code u1.test}, ...), the {@code ::}-separated {@code ratings.dat} of the 1M and 10M sets, and
 * the comma-separated {@code ratings.csv} of the 20M, 25M and latest sets. A header line ({@code userId,movieId,...},
 * or RecBole's {@code user_id:token<TAB>...} of its {@code .inter} files) is skipped, and a timestamp may carry a
 * fraction, as RecBole writes it. Each rating becomes one event whose weight is the rating value. A malformed line
 * raises {@link InteractionFormatException} with its line number.
 */
public final class MovieLensReader implements InteractionFileReader {

    /** The event type of every MovieLens line. */
    public static final String RATING = "rating";

    @Override
    public Charset charset() {
        return StandardCharsets.ISO_8859_1;
    }

    /** Each rating's event type is {@value #RATING}. */
    @Override
    public void read(Reader source, InteractionSink sink) throws IOException {
        BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
        String line;
        long lineNumber = 0;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.contains("::") ? line.split("::", -1)
                    : line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.split(",", -1);
            // a header names the rating and timestamp columns where data lines hold numbers
            boolean header = first && fields.length == 4 && !isNumber(fields[2].trim()) && !isNumber(fields[3].trim());
            first = false;
            if (header) {
                continue;
            }
            if (fields.length != 4) {
                throw new InteractionFormatException(lineNumber, "expected 4 fields user, item, rating, timestamp"
                        + " separated by TAB, '::' or ',' but found " + fields.length);
            }
            String user = fields[0].trim();
            String item = fields[1].trim();
            if (user.isEmpty() || item.isEmpty()) {
                throw new InteractionFormatException(lineNumber, "user and item must not be empty");
            }
            double rating;
            try {
                rating = Double.parseDouble(fields[2].trim());
            } catch (NumberFormatException e) {
                throw new InteractionFormatException(lineNumber, "rating is not a number: '" + fields[2] + "'");
            }
            if (!(rating > 0) || Double.isInfinite(rating)) {
                throw new InteractionFormatException(lineNumber, "rating must be positive, was " + fields[2]);
            }
            long timestamp;
            try {
                timestamp = (long) Double.parseDouble(fields[3].trim());
            } catch (NumberFormatException e) {
                throw new InteractionFormatException(lineNumber, "timestamp is not a number: '" + fields[3] + "'");
            }
            sink.accept(lineNumber, user, item, RATING, rating, timestamp);
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
