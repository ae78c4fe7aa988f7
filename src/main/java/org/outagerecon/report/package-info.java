/**
 * Top: the outage report of data-contract §4, one self-contained HTML page per outage or window, read from the
 * reconciled tables with the same definitions as the README's queries.
 */
package org.outagerecon.report;
