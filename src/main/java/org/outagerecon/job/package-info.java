/**
 * The job: the Spring Batch reconcile job and its windows (rules.md §7), reading source rows and tasks,
 * replacing the reconciled tables, the window lock and the run records. Calls the composition and the rules;
 * nothing below it knows it.
 */
package org.outagerecon.job;
