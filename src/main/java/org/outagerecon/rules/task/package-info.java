/** Rules, tasks: task life and disposition 42 (rules.md §5). Pure functions over tasks. */
package org.outagerecon.rules.task;
