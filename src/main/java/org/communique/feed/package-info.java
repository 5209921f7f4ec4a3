/** Links out of the archive for machines: Atom feeds of the newest statements, and the sitemap. */
package org.communique.feed;
