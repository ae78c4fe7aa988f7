/**
 * Top: the decisions of rules.md §8.3 on recon.outage (confirm, dismiss, add by hand) and the list of outages
 * with what they changed; the command line's {@code outage} and {@code outages} work here.
 */
package org.outagerecon.outages;
