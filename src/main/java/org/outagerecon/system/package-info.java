/**
 * Infrastructure under the job and the commands: database settings and context, bulk writes (COPY on
 * PostgreSQL, JDBC batches elsewhere), long transactions, the bad-input error.
 */
package org.outagerecon.system;
