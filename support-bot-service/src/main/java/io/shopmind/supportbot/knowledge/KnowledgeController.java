package io.shopmind.supportbot.knowledge;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.shopmind.supportbot.faq.FaqArticle;
import io.shopmind.supportbot.model.IntentModels;
import io.shopmind.supportbot.readmodel.ReadModelRepository;
import io.shopmind.supportbot.understanding.LabeledText;
import io.shopmind.supportbot.understanding.LabeledTextCsv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/support/intents}, {@code /faq}, {@code /products/{sku}/aliases}: the knowledge the shop edits (role
 * {@code ops}). FAQ edits answer at once; intent edits after the next training ({@code POST /models}).
 */
@RestController
@RequestMapping("/api/v1/support")
class KnowledgeController {

    static final String NAME = "[a-z][a-z0-9_]{0,63}";
    static final String ARTICLE_ID = "[a-z0-9][a-z0-9-]{0,63}";
    static final int MAX_TEXT = 500;
    static final int MAX_EXAMPLES = 2_000;
    static final int MAX_IMPORT_ROWS = 50_000;

    record IntentExamples(@NotNull @NotEmpty @Size(max = MAX_EXAMPLES)
            List<@NotBlank @Size(max = MAX_TEXT) String> examples) {
    }

    record IntentView(String name, List<String> examples) {
    }

    record Article(@NotBlank @Pattern(regexp = "en|zh") String language,
            @Size(max = 64) @Pattern(regexp = NAME) String intent, @NotBlank @Size(max = 200) String title,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = MAX_TEXT) String> questions,
            @NotBlank @Size(max = 5_000) String answer) {
    }

    record Aliases(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> aliases) {
    }

    record ImportReceipt(int rows, int added, int alreadyKnown) {
    }

    private final KnowledgeRepository knowledge;
    private final ReadModelRepository readModel;
    private final IntentModels models;

    KnowledgeController(KnowledgeRepository knowledge, ReadModelRepository readModel, IntentModels models) {
        this.knowledge = knowledge;
        this.readModel = readModel;
        this.models = models;
    }

    @Operation(summary = "Every intent with its number of examples per language")
    @GetMapping("/intents")
    List<KnowledgeRepository.IntentSummary> intents() {
        return knowledge.intents();
    }

    @Operation(summary = "An intent's examples")
    @GetMapping("/intents/{name}")
    IntentView intent(@PathVariable String name) {
        List<String> examples = knowledge.examplesOf(valid(name, NAME, "name"));
        if (examples.isEmpty()) {
            throw new NotFoundException("No intent " + name);
        }
        return new IntentView(name, examples);
    }

    @Operation(summary = "Create or replace an intent's examples (English and Chinese alike); train to serve them")
    @PutMapping("/intents/{name}")
    IntentView putIntent(@PathVariable String name, @Valid @RequestBody IntentExamples request) {
        valid(name, NAME, "name");
        List<String> examples = request.examples().stream().map(String::strip).distinct().toList();
        knowledge.replaceIntent(name, examples);
        return new IntentView(name, knowledge.examplesOf(name));
    }

    @Operation(summary = "Delete an intent and its examples; train to stop serving it")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/intents/{name}")
    ResponseEntity<Void> deleteIntent(@PathVariable String name) {
        if (!knowledge.deleteIntent(valid(name, NAME, "name"))) {
            throw new NotFoundException("No intent " + name);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add examples from text,intent CSV (a header line is optional); known ones are skipped",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @PostMapping(path = "/intents/examples", consumes = "text/csv")
    ImportReceipt importExamples(jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        List<LabeledText> rows;
        try {
            rows = LabeledTextCsv.read(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8),
                    MAX_TEXT, MAX_IMPORT_ROWS);
        } catch (LabeledTextCsv.LineException e) {
            throw InvalidInputException.atLine(e.line(), "csv", e.getMessage().replaceFirst("^line \\d+: ", ""));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).intent().matches(NAME)) {
                throw InvalidInputException.atLine(i + 1, "intent", "must match " + NAME);
            }
        }
        int added = knowledge.add(rows);
        return new ImportReceipt(rows.size(), added, rows.size() - added);
    }

    @Operation(summary = "Every FAQ article")
    @GetMapping("/faq")
    List<FaqArticle> articles() {
        return knowledge.articles();
    }

    @Operation(summary = "One FAQ article")
    @GetMapping("/faq/{id}")
    FaqArticle article(@PathVariable String id) {
        return knowledge.article(valid(id, ARTICLE_ID, "id")).orElseThrow(() -> new NotFoundException("No FAQ " + id));
    }

    @Operation(summary = "Create or replace an FAQ article; the bot answers from it at once")
    @PutMapping("/faq/{id}")
    FaqArticle putArticle(@PathVariable String id, @Valid @RequestBody Article request) {
        FaqArticle article = new FaqArticle(valid(id, ARTICLE_ID, "id"), request.language(), request.intent(),
                request.title().strip(), request.questions().stream().map(String::strip).toList(),
                request.answer().strip());
        knowledge.saveArticle(article);
        models.reloadFaq();
        return article;
    }

    @Operation(summary = "Delete an FAQ article")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/faq/{id}")
    ResponseEntity<Void> deleteArticle(@PathVariable String id) {
        if (!knowledge.deleteArticle(valid(id, ARTICLE_ID, "id"))) {
            throw new NotFoundException("No FAQ " + id);
        }
        models.reloadFaq();
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Replace a product's other names (another language, a nickname) the bot matches")
    @PutMapping("/products/{sku}/aliases")
    Map<String, Object> putAliases(@PathVariable String sku, @Valid @RequestBody Aliases request) {
        valid(sku, "[A-Za-z0-9._:-]{1,64}", "sku");
        readModel.replaceAliases(sku, request.aliases().stream().map(String::strip).distinct().toList());
        return Map.of("sku", sku, "aliases", readModel.aliasesOf(sku));
    }

    private static String valid(String value, String pattern, String field) {
        if (!value.matches(pattern)) {
            throw new InvalidInputException("The " + field + " is not valid.",
                    List.of(new FieldError(field, "must match " + pattern)));
        }
        return value;
    }
}
