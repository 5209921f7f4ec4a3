/** The chronological view: the archive by year and month. */
package org.communique.timeline;
