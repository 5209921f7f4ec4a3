package org.communique.importer;

import java.util.List;

import org.communique.statement.Statement;

/**
 * Called inside a file's transaction after the importer revised a statement from its source, so that
 * other features can lay their own records back on it (an admin's corrections survive re-imports). What
 * a hook returns is added to the file's line in the run report.
 */
public interface StatementRevisionHook {

    List<String> afterRevision(Statement statement);
}
