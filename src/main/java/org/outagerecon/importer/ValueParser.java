package org.outagerecon.importer;

/** Turns the non-empty text of one field into the value stored, or rejects it saying why. */
@FunctionalInterface
interface ValueParser<T> {
    T parse(String text, RowContext row) throws Reject;
}
