package org.communique.admin;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A statement's corrections as pages show them; the statement's page reads them as
 * {@code ${@statementCorrections.of(id)}} in its provenance panel.
 */
@Component("statementCorrections")
public class CorrectionsOnPage {

    private final Corrections corrections;
    private final StatementCorrector corrector;

    CorrectionsOnPage(Corrections corrections, StatementCorrector corrector) {
        this.corrections = corrections;
        this.corrector = corrector;
    }

    /** One correction: which field, from what to what, by whom, when, and why. */
    public record Line(String field, String before, String after, String note, String by, Instant at) {
    }

    @Transactional(readOnly = true)
    public List<Line> of(long statementId) {
        return corrections.ofStatement(statementId).stream()
                .map(c -> new Line(c.getField().label(), corrector.display(c.getField(), c.getOldValue()),
                        corrector.display(c.getField(), c.getNewValue()), c.getNote(), c.getCorrectedBy(), c.getCorrectedAt()))
                .toList();
    }
}
