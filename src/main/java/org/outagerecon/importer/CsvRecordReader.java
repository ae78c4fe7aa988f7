package org.outagerecon.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The records of a CSV file (data-contract.md §1), each with the physical line it starts on and its text as
 * written. FastCSV parses one record at a time from the file's lines (its own reader can neither go on after a
 * parse error nor give a record's text). A record continues on the next line only while one of its quoted
 * fields is open, and its lines are joined with {@code \n}. When such a record does not parse, or parses with
 * another number of fields than the header (the first record), only its first line is rejected and reading goes
 * on with the second: a stray quote costs one line, not the rows after it, even when a quote lines later (taken
 * as text on a line of its own, like {@code 5001"}) closes it. Empty lines between records are skipped.
 *
 * <p>Bytes that are not UTF-8 are decoded to U+FFFD, and a record containing U+FFFD is rejected as not UTF-8:
 * a U+FFFD that the file encodes correctly is rejected too, which real exports do not contain. A NUL character
 * is rejected as well: PostgreSQL cannot store it in text.
 */
final class CsvRecordReader implements Records {

    /** The size of recon.import_reject.raw: an open quote reaching this far is taken for a stray one. */
    static final int MAX_RECORD_CHARS = 100_000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';
    private static final char NUL = '\u0000';
    private static final String UNCLOSED_QUOTE = "bad quoting: a quoted field is not closed";
    private static final String TEXT_AFTER_QUOTE =
            "bad quoting: text after the closing quote of a field (write \"\" for a quote inside it)";

    private final CsvReader.CsvReaderBuilder strict = CsvReader.builder().allowUnclosedQuote(false);
    private final CsvReader.CsvReaderBuilder openQuoteAllowed = CsvReader.builder().allowUnclosedQuote(true);
    private final BufferedReader lines;
    /** Lines read ahead for a record that turned out to have a stray quote; they are read again. */
    private final Deque<String> readAgain = new ArrayDeque<>();
    private long lineNumber;
    /** The number of fields of the header, once read. */
    private int headerWidth = -1;

    CsvRecordReader(Path file) throws IOException {
        lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    /** The next record, null at the end of the file; the first one is the header. */
    @Override
    public SourceRecord next() throws IOException {
        String first;
        do {
            first = nextLine();
            if (first == null) {
                return null;
            }
        } while (first.isEmpty());
        if (lineNumber == 1 && first.charAt(0) == BYTE_ORDER_MARK) {
            first = first.substring(1);
        }
        long start = lineNumber;
        List<String> more = new ArrayList<>();
        String text = first;
        while (true) {
            List<String> fields = fieldsOrNull(text);
            if (fields != null && (more.isEmpty() || fitsHeader(fields))) {
                if (headerWidth < 0) {
                    headerWidth = fields.size();
                }
                return checkedText(start, text, fields);
            }
            // A record of lines that does not fit the header was opened by a stray quote and closed by another.
            boolean open = fields == null && quoteIsOpen(text);
            String line = open && text.length() < MAX_RECORD_CHARS ? nextLine() : null;
            if (line == null) {
                putBack(more);
                String reason = open || !more.isEmpty() ? UNCLOSED_QUOTE : TEXT_AFTER_QUOTE;
                return SourceRecord.unreadable(start, first, reason);
            }
            more.add(line);
            text = text + "\n" + line;
        }
    }

    private List<String> fieldsOrNull(String text) {
        try {
            return strict.ofSingleCsvRecord(text).getFields();
        } catch (CsvParseException e) {
            return null;
        }
    }

    private boolean fitsHeader(List<String> fields) {
        return headerWidth < 0 || fields.size() == headerWidth;
    }

    private boolean quoteIsOpen(String text) {
        try {
            openQuoteAllowed.ofSingleCsvRecord(text);
            return true;
        } catch (CsvParseException e) {
            return false;
        }
    }

    private static SourceRecord checkedText(long line, String text, List<String> fields) {
        if (text.indexOf(REPLACEMENT) >= 0) {
            return SourceRecord.unreadable(line, text, "not valid UTF-8 (bytes shown as \uFFFD)");
        }
        if (text.indexOf(NUL) >= 0) {
            return SourceRecord.unreadable(line, text, "contains a NUL character");
        }
        return SourceRecord.parsed(line, text, fields);
    }

    private String nextLine() throws IOException {
        String line = readAgain.isEmpty() ? lines.readLine() : readAgain.pop();
        if (line != null) {
            lineNumber++;
        }
        return line;
    }

    private void putBack(List<String> readAhead) {
        for (int i = readAhead.size() - 1; i >= 0; i--) {
            readAgain.push(readAhead.get(i));
            lineNumber--;
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
