/** Several archive nodes behind a load balancer: the setting that says so, and what it requires. */
package org.communique.cluster;
