package org.outagerecon.importer;

/** Why data-contract.md §1 rejects a record; the message is the reason stored in {@code recon.import_reject}. */
final class Reject extends Exception {

    /** Without a stack trace: a reject is expected input, not a failure of the program. */
    Reject(String reason) {
        super(reason, null, false, false);
    }
}
