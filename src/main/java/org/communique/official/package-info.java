/** Officials: their names and spellings, the offices they held, and their pages. */
package org.communique.official;
