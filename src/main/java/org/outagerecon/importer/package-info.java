/** Top: the CSV import of data-contract §1 (checks, rejects, upserts), on the system layer. */
package org.outagerecon.importer;
