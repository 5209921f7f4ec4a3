/** Citing a statement: Chicago, BibTeX, RIS and CSL-JSON, and the citation_* meta tags of its page. */
package org.communique.citation;
