/** Statements: what is stored of each, the filters readers ask with, and the pages that list and show them. */
package org.communique.statement;
