package org.outagerecon.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records with the physical line they start on and their text as written (data-contract.md §1). */
class CsvRecordReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsRecordsWithTheirLineAndText() throws IOException {
        List<String> read = readAll(bytes(
                "\uFEFFa,b\r\n", "1,2\r\n", "\r\n", "3,\"x\r\ny\"\r\n", "4,\"say \"\"hi\"\"\"\n", "5,\n"));

        assertThat(read).containsExactly(
                "1 a,b -> [a, b]",
                "2 1,2 -> [1, 2]",
                "4 3,\"x\ny\" -> [3, x\ny]",
                "6 4,\"say \"\"hi\"\"\" -> [4, say \"hi\"]",
                "7 5, -> [5, ]");
    }

    @Test
    void rejectsTheFirstLineOfABadlyQuotedRecordAndReadsOnFromTheNext() throws IOException {
        List<String> read = readAll(bytes(
                "a,b\n", "1,\"x\"y\n", "2,\"open\n", "3,z\n", "4,\"two\n", "lines\"q\n", "5,w\n"));

        assertThat(read).containsExactly(
                "1 a,b -> [a, b]",
                "2 1,\"x\"y -> bad quoting: text after the closing quote of a field (write \"\" for a quote inside it)",
                "3 2,\"open -> bad quoting: a quoted field is not closed",
                "4 3,z -> [3, z]",
                "5 4,\"two -> bad quoting: a quoted field is not closed",
                "6 lines\"q -> [lines\"q]",
                "7 5,w -> [5, w]");
    }

    /** The quote of line 4 is text on its own line, but closes the one line 2 opened into a record of two fields. */
    @Test
    void aStrayQuoteClosedLinesLaterIntoARecordNarrowerThanTheHeaderCostsOneLine() throws IOException {
        List<String> read = readAll(bytes("a,b,c\n", "1,\"open,x\n", "2,y,z\n", "3,z,q\"\n", "4,\"multi\nline\",w\n"));

        assertThat(read).containsExactly(
                "1 a,b,c -> [a, b, c]",
                "2 1,\"open,x -> bad quoting: a quoted field is not closed",
                "3 2,y,z -> [2, y, z]",
                "4 3,z,q\" -> [3, z, q\"]",
                "5 4,\"multi\nline\",w -> [4, multi\nline, w]");
    }

    @Test
    void rejectsRecordsThatAreNotUtf8OrHoldNul() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(bytes("a,b\n", "1,caf"));
        file.write(0xE9);
        file.writeBytes(bytes("\n", "2,nul\u0000\n", "3,caf\u00E9\n"));

        assertThat(readAll(file.toByteArray())).containsExactly(
                "1 a,b -> [a, b]",
                "2 1,caf\uFFFD -> not valid UTF-8 (bytes shown as \uFFFD)",
                "3 2,nul\u0000 -> contains a NUL character",
                "4 3,caf\u00E9 -> [3, caf\u00E9]");
    }

    private List<String> readAll(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("test.csv"), content);
        List<String> read = new ArrayList<>();
        try (CsvRecordReader records = new CsvRecordReader(file)) {
            for (SourceRecord record = records.next(); record != null; record = records.next()) {
                read.add(record.line() + " " + record.raw() + " -> " + describeFields(record));
            }
        }
        return read;
    }

    private static String describeFields(SourceRecord record) {
        try {
            return record.fields().toString();
        } catch (Reject e) {
            return e.getMessage();
        }
    }

    private static byte[] bytes(String... lines) {
        return String.join("", lines).getBytes(StandardCharsets.UTF_8);
    }
}
