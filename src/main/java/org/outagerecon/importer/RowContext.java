package org.outagerecon.importer;

/** What reading a value may depend on besides its text: the import options and the row's {@code time_zone}. */
record RowContext(ImportOptions options, Integer timeZoneMinutes) {
}
