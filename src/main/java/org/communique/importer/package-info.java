/** The importer: reads the source folder into the archive, one transaction per file, and records each run. */
package org.communique.importer;
