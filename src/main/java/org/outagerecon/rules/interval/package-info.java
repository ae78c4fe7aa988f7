/** Rules, intervals (rules.md §6): the interval rows rebuilt from a reconciled timeline. */
package org.outagerecon.rules.interval;
