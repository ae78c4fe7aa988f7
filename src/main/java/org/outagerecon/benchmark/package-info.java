/** Issue "scale": the benchmark that measures import and reconcile against PostgreSQL's own speed. */
package org.outagerecon.benchmark;
