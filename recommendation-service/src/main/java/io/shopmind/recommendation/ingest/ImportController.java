package io.shopmind.recommendation.ingest;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/recommendations/imports}: bulk interaction files. */
@RestController
public class ImportController {

    private final InteractionImport imports;

    public ImportController(InteractionImport imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import an interaction file",
            description = "format=csv: user_id,item_id,event_type,value,timestamp; format=movielens: u.data or "
                    + "ratings.dat. One transaction; a bad line answers 400 with its number; importing the same "
                    + "file again changes nothing.")
    @PostMapping("/api/v1/recommendations/imports")
    public InteractionImport.Receipt importFile(@RequestParam(defaultValue = "csv")
            @Pattern(regexp = "(?i)csv|movielens", message = "must be csv or movielens") String format, InputStream body)
            throws IOException {
        InteractionImport.Format parsed = InteractionImport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        return imports.importFile(parsed, body);
    }
}
