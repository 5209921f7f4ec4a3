/** What every page shares: errors, links, the page context, and the names of parties. */
package org.communique.web;
