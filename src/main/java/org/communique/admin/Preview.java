package org.communique.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.communique.importer.BoundedExtraction;
import org.communique.importer.ExtractionProperties;
import org.communique.importer.RegistryStore;
import org.communique.importer.extraction.ExtractedStatement;
import org.communique.importer.extraction.ExtractionBudget;
import org.communique.importer.extraction.SourceTooHeavy;
import org.communique.importer.extraction.OfficialMention;
import org.communique.importer.extraction.SourceBlock;
import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.StatementExtractor;
import org.communique.statement.Statement;
import org.communique.statement.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the importer would make of a file, before it is imported: every field, the body, the source's
 * blocks kept or cut as chrome, and, when the file would revise a statement already in the archive, how
 * each field differs from what is stored.
 */
@Component
class Preview {

    private final RegistryStore registry;
    private final Statements statements;
    private final ExtractionBudget budget;

    Preview(RegistryStore registry, Statements statements, ExtractionProperties extraction) {
        this.registry = registry;
        this.statements = statements;
        this.budget = extraction.previewBudget();
    }

    /** One file's preview. {@code error} is set when the extractor could not read a statement from it. */
    record FilePreview(String name, long size, Long existingId, String existingTitle, List<Field> fields,
                       List<Paragraph> body, List<Line> lines, List<String> warnings, String error) {

        public boolean replaces() {
            return existingId != null;
        }

        public long changedFields() {
            return fields.stream().filter(Field::differs).count();
        }
    }

    /** A field as extracted, and as stored when the file revises a statement. */
    record Field(String label, String extracted, String stored, boolean compared) {
        public boolean differs() {
            return compared && !Objects.equals(extracted, stored);
        }
    }

    /** A paragraph of the body: "same", "new" (not in the stored text) or "removed" (only in the stored text). */
    record Paragraph(String text, String change) {
    }

    /** A block of the source: kept as body, title or date, or cut as chrome with the reason. */
    record Line(String text, String role, String reason) {
        public boolean kept() {
            return !"CHROME".equals(role);
        }
    }

    /** Previews a file that would be stored under {@code path} in the import folder. */
    @Transactional(readOnly = true)
    FilePreview of(String path, byte[] bytes) {
        Optional<Statement> existing = statements.findBySourcePath(path);
        ExtractedStatement extracted;
        try {
            extracted = BoundedExtraction.extract(new StatementExtractor(registry.current()),
                    new SourceFile(fileName(path), bytes), budget);
        } catch (SourceTooHeavy e) {
            return new FilePreview(path, bytes.length, existing.map(Statement::getId).orElse(null),
                    existing.map(Statement::getTitle).orElse(null), List.of(), List.of(), List.of(), List.of(),
                    "This file is too heavy to preview: " + e.getMessage() + ".");
        } catch (RuntimeException e) {
            return new FilePreview(path, bytes.length, existing.map(Statement::getId).orElse(null),
                    existing.map(Statement::getTitle).orElse(null), List.of(), List.of(), List.of(), List.of(),
                    "The extractor could not read this file: " + e.getMessage());
        }
        String error = extracted.paragraphs().isEmpty() ? "No statement text was found in this file; importing it would fail." : null;
        Statement stored = existing.orElse(null);
        boolean compare = stored != null;
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Title", extracted.title() + (extracted.titleDerived() ? " (derived from the lead)" : ""),
                compare ? stored.getTitle() + (stored.isTitleDerived() ? " (derived from the lead)" : "") : null, compare));
        fields.add(new Field("Date", extracted.date() == null ? "none" : extracted.date() + (extracted.dateEnd() == null ? ""
                : " to " + extracted.dateEnd()), compare ? (stored.getDate() == null ? "none" : stored.getDate()
                + (stored.getDateEnd() == null ? "" : " to " + stored.getDateEnd())) : null, compare));
        fields.add(new Field("Date basis", extracted.dateBasis().name().toLowerCase(), compare
                ? stored.getDateBasis().name().toLowerCase() : null, compare));
        fields.add(new Field("Type", extracted.type().label(), compare ? stored.getType().label() : null, compare));
        fields.add(new Field("Parties", String.join(", ", extracted.parties()), compare
                ? String.join(", ", stored.getParties()) : null, compare));
        fields.add(new Field("Officials", extracted.officials().stream().map(Preview::describe)
                .collect(Collectors.joining("; ")), compare ? stored.getAppearances().stream()
                .map(a -> a.getOfficial().getName() + (a.getRole() == null ? "" : ", " + a.getRole()))
                .collect(Collectors.joining("; ")) : null, compare));
        fields.add(new Field("Quotations", extracted.quotes().size() + "", compare ? stored.getQuotations().size() + "" : null,
                compare));
        fields.add(new Field("Publisher", Objects.toString(extracted.publisher(), "none"), compare
                ? Objects.toString(stored.getPublisher(), "none") : null, compare));
        fields.add(new Field("Source URL", Objects.toString(extracted.sourceUrl(), "none"), compare
                ? Objects.toString(stored.getSourceUrl(), "none") : null, compare));
        fields.add(new Field("Read as", extracted.mediaType() + ", " + extracted.charset(), null, false));
        List<Paragraph> body = new ArrayList<>();
        List<String> before = compare ? stored.getParagraphs() : List.of();
        for (String paragraph : extracted.paragraphs()) {
            body.add(new Paragraph(paragraph, !compare || before.contains(paragraph) ? "same" : "new"));
        }
        for (String paragraph : before) {
            if (!extracted.paragraphs().contains(paragraph)) {
                body.add(new Paragraph(paragraph, "removed"));
            }
        }
        List<Line> lines = extracted.blocks().stream()
                .map((SourceBlock b) -> new Line(b.text(), b.role().name(), b.reason())).toList();
        return new FilePreview(path, bytes.length, compare ? stored.getId() : null, compare ? stored.getTitle() : null,
                fields, body, lines, extracted.warnings(), error);
    }

    private static String describe(OfficialMention mention) {
        return mention.name() + (mention.role() == null ? "" : ", " + mention.role());
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
