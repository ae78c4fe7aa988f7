package org.outagerecon.importer;

import java.util.List;

/** One record of an input file as written: the physical line it starts on, its text, and its fields. */
final class SourceRecord {

    private final long line;
    private final String raw;
    private final List<String> fields;
    private final String problem;

    private SourceRecord(long line, String raw, List<String> fields, String problem) {
        this.line = line;
        this.raw = raw;
        this.fields = fields;
        this.problem = problem;
    }

    static SourceRecord parsed(long line, String raw, List<String> fields) {
        return new SourceRecord(line, raw, fields, null);
    }

    /** A record that is not valid CSV or not text, so it has no fields. */
    static SourceRecord unreadable(long line, String raw, String problem) {
        return new SourceRecord(line, raw, null, problem);
    }

    long line() {
        return line;
    }

    String raw() {
        return raw;
    }

    List<String> fields() throws Reject {
        if (problem != null) {
            throw new Reject(problem);
        }
        return fields;
    }
}
