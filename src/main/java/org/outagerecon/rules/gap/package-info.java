/** Rules, gap rows (rules.md §3): what each outage tells readers is missing, late or lost. */
package org.outagerecon.rules.gap;
