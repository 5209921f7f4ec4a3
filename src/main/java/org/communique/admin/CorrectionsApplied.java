package org.communique.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.communique.importer.StatementRevisionHook;
import org.communique.statement.Statement;
import org.springframework.stereotype.Component;

/**
 * Lays admins' corrections back on a statement that a re-import revised from its source, and tells the run
 * report where the source now disagrees with a correction. A correction naming an official who has since
 * been merged into another names the one they were merged into.
 */
@Component
class CorrectionsApplied implements StatementRevisionHook {

    private final Corrections corrections;
    private final StatementCorrector corrector;

    CorrectionsApplied(Corrections corrections, StatementCorrector corrector) {
        this.corrections = corrections;
        this.corrector = corrector;
    }

    @Override
    public List<String> afterRevision(Statement statement) {
        Map<Correction.Field, Correction> inForce = new LinkedHashMap<>();
        for (Correction correction : corrections.ofStatement(statement.getId())) {
            inForce.put(correction.getField(), correction); // oldest first: the newest of a field wins
        }
        List<String> notes = new ArrayList<>();
        for (Correction correction : inForce.values()) {
            Correction.Field field = correction.getField();
            String wanted = corrector.followingMerges(field, correction.getNewValue());
            String extracted = corrector.valueOf(statement, field);
            if (Objects.equals(extracted, wanted)) {
                continue;
            }
            Optional<String> problem = corrector.problem(field, wanted);
            if (problem.isPresent()) {
                notes.add(field.label() + ": the correction of " + correction.getCorrectedAt() + " no longer applies ("
                        + problem.get() + ")");
                continue;
            }
            corrector.apply(statement, field, wanted);
            notes.add(field.label() + ": kept the correction '" + corrector.display(field, wanted)
                    + "' by " + correction.getCorrectedBy() + "; the source now gives '" + corrector.display(field, extracted)
                    + "'" + (Objects.equals(extracted, correction.getOldValue()) ? "" : " (it gave '"
                    + corrector.display(field, correction.getOldValue()) + "' when corrected)"));
        }
        return notes;
    }
}
