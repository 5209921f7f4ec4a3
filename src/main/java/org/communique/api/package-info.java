/** The archive as data: the JSON API under /api (described at /api/docs) and the bulk export as JSON Lines and CSV. */
package org.communique.api;
