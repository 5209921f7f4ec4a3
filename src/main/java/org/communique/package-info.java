/** Communique, a web archive of diplomatic statements: the application, its command line and its settings. */
package org.communique;
