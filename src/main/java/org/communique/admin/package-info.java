/** Administration: sign-in and security, re-imports with their runs, uploads with preview, corrections, the registry of officials, the audit log. */
package org.communique.admin;
