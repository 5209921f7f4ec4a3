package org.communique.admin;

import java.util.List;

import org.communique.statement.StatementCorrections;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A statement's corrections as pages show them: the admin pages, and the statement's provenance panel. */
@Component
class CorrectionsOnPage implements StatementCorrections {

    private final Corrections corrections;
    private final StatementCorrector corrector;

    CorrectionsOnPage(Corrections corrections, StatementCorrector corrector) {
        this.corrections = corrections;
        this.corrector = corrector;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> of(long statementId) {
        return corrections.ofStatement(statementId).stream()
                .map(c -> new Line(c.getField().label(), corrector.display(c.getField(), c.getOldValue()),
                        corrector.display(c.getField(), c.getNewValue()), c.getNote(), c.getCorrectedBy(), c.getCorrectedAt()))
                .toList();
    }
}
