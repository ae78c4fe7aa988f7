package org.outagerecon.importer;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Seeded damage for the five files of a generated dataset: chosen lines get one of the faults data-contract.md §1
 * rejects a row for, and rows come again with their key and changed values, later in the file or in a later import.
 * For every physical line written it records what the importer must make of it: a row under its key, or a reject
 * with a reason. The same seed, clean files and calls give the same bytes.
 *
 * <p>Quotes: damage puts one at the start of a value that is not an integer, where it opens a field, or at the end of
 * an integer, where it is text on its own line but closes a field that an earlier line left open. Never in the same
 * column, so the lines from one to the other never join into a record as wide as the header: the expectation is
 * that each damaged line is rejected alone and the lines after it load (CsvRecordReader).
 */
final class CorruptFiles {

    static final String SOURCE_ZONE = "America/Los_Angeles";
    /** Clocks in Los Angeles jump from 02:00 to 03:00 that night. */
    private static final String IN_DST_GAP = "2026-03-08T02:30:00";
    /** Clocks in Los Angeles go back from 02:00 to 01:00 that night. */
    private static final String IN_DST_OVERLAP = "2026-11-01T01:30:00";
    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, 0x28};
    /** No input text holds it: it marks where bytes that are not UTF-8 go. */
    private static final String BYTES_MARK = "\u0001";
    /** About one line in this many is damaged, and about as many rows come again. */
    private static final int ONE_IN = 12;

    /** One fault per damaged line. */
    enum Damage {
        TRUNCATED_LINE, EXTRA_FIELD, NOT_AN_INTEGER, UNTERMINATED_QUOTE, TEXT_AFTER_CLOSING_QUOTE, QUOTE_AFTER_INTEGER,
        UNKNOWN_CODE, INVALID_UTF8, LATIN1_TEXT, LOCAL_TIME_IN_DST_GAP, LOCAL_TIME_IN_DST_OVERLAP,
        MISSING_REQUIRED_VALUE
    }

    /** Faults only some files can have; the smallest files get them first, as they have room for little else. */
    private static final Set<Damage> FILE_SPECIFIC = EnumSet.of(Damage.UNKNOWN_CODE, Damage.LOCAL_TIME_IN_DST_GAP,
            Damage.LOCAL_TIME_IN_DST_OVERLAP);

    /** Ways a key comes again, each with its own expectation. */
    enum KeyAgain {
        LATER_ROW_IN_THE_FILE_WINS, ROW_OF_A_LATER_IMPORT_WINS, DAMAGED_LATER_ROW_LEAVES_THE_EARLIER
    }

    /**
     * What damage needs to know of an input file, restated from data-contract.md §1: its key, a free text column,
     * the required and the integer columns, the timestamp read first, and an enumerated column with a value it lacks.
     */
    record FileShape(String name, String key, String text, List<String> required, List<String> integers,
                     String timestamp, String code, String unknownCode) {

        boolean allows(Damage damage) {
            return switch (damage) {
                case UNKNOWN_CODE -> code != null;
                case LOCAL_TIME_IN_DST_GAP, LOCAL_TIME_IN_DST_OVERLAP -> timestamp != null;
                default -> true;
            };
        }
    }

    /** In import order, as the command reports them. */
    static final List<FileShape> FILES = List.of(
            new FileShape("agent.csv", "skill_target_id", "enterprise_name",
                    List.of("skill_target_id", "peripheral_id"),
                    List.of("skill_target_id", "peripheral_id"), null, null, null),
            new FileShape("media_routing_domain.csv", "mr_domain_id", "enterprise_name",
                    List.of("mr_domain_id", "media_class"),
                    List.of("mr_domain_id", "task_life_s", "task_start_timeout_s", "max_task_duration_s"), null,
                    "media_class", "FAX"),
            new FileShape("outage.csv", "outage_id", "note",
                    List.of("outage_id", "component", "started_at"),
                    List.of("peripheral_id", "mr_domain_id"), "started_at", "component", "ROUTER"),
            new FileShape("agent_state_trace.csv", "recovery_key", "event_name",
                    List.of("recovery_key", "date_time", "skill_target_id", "mr_domain_id", "agent_state"),
                    List.of("time_zone", "skill_target_id", "mr_domain_id", "agent_state", "reason_code"),
                    "date_time", "agent_state", "15"),
            new FileShape("termination_call_detail.csv", "recovery_key", "call_guid",
                    List.of("recovery_key", "start_date_time", "peripheral_id", "mr_domain_id", "call_disposition"),
                    List.of("time_zone", "router_call_key_day", "router_call_key", "peripheral_id", "mr_domain_id",
                            "agent_skill_target_id", "skill_group_skill_target_id", "peripheral_call_type",
                            "call_disposition", "call_disposition_flag"),
                    "start_date_time", null, null));

    /** A physical line as written, the row's key, and for a damaged line its fault and (part of) the reject reason. */
    record WrittenLine(int number, String key, byte[] bytes, Damage damage, String reason) {

        boolean rejected() {
            return damage != null;
        }

        /** As the importer reads it: bytes that are not UTF-8 become U+FFFD. */
        String text() {
            return new String(bytes, UTF_8);
        }
    }

    record WrittenFile(String name, String header, List<WrittenLine> lines) {

        long rejected() {
            return lines.stream().filter(WrittenLine::rejected).count();
        }
    }

    /** One directory to import. */
    record Import(Path dir, List<WrittenFile> files) {

        /** "file:line" → the line. */
        Map<String, WrittenLine> rejectedLines() {
            Map<String, WrittenLine> rejected = new HashMap<>();
            for (WrittenFile file : files) {
                file.lines().stream().filter(WrittenLine::rejected)
                        .forEach(line -> rejected.put(file.name() + ":" + line.number(), line));
            }
            return rejected;
        }

        /** Per file as {@code import} reports it: "file rows loaded rejected". */
        List<String> counts() {
            return files.stream().map(file -> file.name() + " " + file.lines().size() + " "
                    + (file.lines().size() - file.rejected()) + " " + file.rejected()).toList();
        }
    }

    private final Random random;
    /** Per file, the faults it can have in a seeded order, taken in turn across imports. */
    private final Map<String, List<Damage>> damageCycles = new HashMap<>();
    private final Map<String, Integer> damageTurns = new HashMap<>();
    private int restatements;

    CorruptFiles(long seed) {
        random = new Random(seed);
    }

    /** Every clean row, about one in {@value #ONE_IN} again further down with changed values, some lines damaged. */
    Import withLaterRowsAndDamage(Path clean, Path out) throws IOException {
        return write(clean, out, this::withLaterRestatements);
    }

    /** A later import: about one clean row in {@value #ONE_IN} with changed values, some lines damaged. */
    Import restatedSampleWithDamage(Path clean, Path out) throws IOException {
        return write(clean, out, this::restatedSample);
    }

    /** What the tables must hold after the imports: the last good row of each key, written as an import of its own. */
    static Import lastGoodRows(List<Import> imports, Path out) throws IOException {
        Files.createDirectories(out);
        Map<String, Map<String, List<Seen>>> histories = histories(imports);
        List<WrittenFile> files = new ArrayList<>();
        for (WrittenFile first : imports.get(0).files()) {
            List<WrittenLine> lines = new ArrayList<>();
            for (List<Seen> history : histories.get(first.name()).values()) {
                List<Seen> good = good(history);
                if (!good.isEmpty()) {
                    WrittenLine last = good.get(good.size() - 1).line();
                    lines.add(new WrittenLine(lines.size() + 2, last.key(), last.bytes(), null, null));
                }
            }
            WrittenFile file = new WrittenFile(first.name(), first.header(), lines);
            writeFile(out.resolve(file.name()), file);
            files.add(file);
        }
        return new Import(out, files);
    }

    /**
     * How often the imports hold each fault and each way a key comes again; a test that means to cover them all
     * needs every count above zero.
     */
    static Map<Enum<?>, Integer> cases(List<Import> imports) {
        Map<Enum<?>, Integer> cases = new LinkedHashMap<>();
        Stream.concat(Arrays.stream(Damage.values()), Arrays.stream(KeyAgain.values()))
                .forEach(kind -> cases.put(kind, 0));
        imports.forEach(imported -> imported.files().forEach(file -> file.lines().stream()
                .filter(WrittenLine::rejected).forEach(line -> cases.merge(line.damage(), 1, Integer::sum))));
        for (Map<String, List<Seen>> byKey : histories(imports).values()) {
            for (List<Seen> history : byKey.values()) {
                List<Seen> good = good(history);
                if (good.size() > 1) {
                    boolean sameImport = good.get(good.size() - 1).importIndex() == good.get(good.size() - 2)
                            .importIndex();
                    cases.merge(sameImport ? KeyAgain.LATER_ROW_IN_THE_FILE_WINS : KeyAgain.ROW_OF_A_LATER_IMPORT_WINS,
                            1, Integer::sum);
                }
                if (!good.isEmpty() && history.get(history.size() - 1).line().rejected()) {
                    cases.merge(KeyAgain.DAMAGED_LATER_ROW_LEAVES_THE_EARLIER, 1, Integer::sum);
                }
            }
        }
        return cases;
    }

    private record Seen(int importIndex, WrittenLine line) {
    }

    /** File → key → the key's lines over the imports in order (keys in the order first seen). */
    private static Map<String, Map<String, List<Seen>>> histories(List<Import> imports) {
        Map<String, Map<String, List<Seen>>> histories = new LinkedHashMap<>();
        for (int i = 0; i < imports.size(); i++) {
            for (WrittenFile file : imports.get(i).files()) {
                Map<String, List<Seen>> byKey = histories.computeIfAbsent(file.name(), name -> new LinkedHashMap<>());
                for (WrittenLine line : file.lines()) {
                    byKey.computeIfAbsent(line.key(), key -> new ArrayList<>()).add(new Seen(i, line));
                }
            }
        }
        return histories;
    }

    /** The lines of a key that load, in order: the last one wins. */
    private static List<Seen> good(List<Seen> history) {
        return history.stream().filter(seen -> !seen.line().rejected()).toList();
    }

    @FunctionalInterface
    private interface RowPlan {
        List<List<String>> rows(List<List<String>> clean, FileShape shape, List<String> header);
    }

    private Import write(Path clean, Path out, RowPlan plan) throws IOException {
        Files.createDirectories(out);
        List<WrittenFile> files = new ArrayList<>();
        for (FileShape shape : FILES) {
            List<String> lines = Files.readAllLines(clean.resolve(shape.name()), UTF_8);
            List<String> header = fields(lines.get(0));
            List<List<String>> rows = plan.rows(lines.subList(1, lines.size()).stream().map(CorruptFiles::fields)
                    .toList(), shape, header);
            Map<Integer, Damage> damaged = chooseDamage(shape, rows.size());
            List<WrittenLine> written = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                written.add(line(i + 2, shape, header, rows.get(i), damaged.get(i)));
            }
            WrittenFile file = new WrittenFile(shape.name(), lines.get(0), written);
            writeFile(out.resolve(shape.name()), file);
            files.add(file);
        }
        return new Import(out, files);
    }

    private List<List<String>> withLaterRestatements(List<List<String>> clean, FileShape shape, List<String> header) {
        List<List<String>> rows = new ArrayList<>(clean);
        for (int n = Math.max(1, clean.size() / ONE_IN); n > 0; n--) {
            int earlier = random.nextInt(rows.size());
            int later = earlier + 1 + random.nextInt(rows.size() - earlier);
            rows.add(later, restated(rows.get(earlier), shape, header));
        }
        return rows;
    }

    private List<List<String>> restatedSample(List<List<String>> clean, FileShape shape, List<String> header) {
        return sample(clean.size(), Math.max(2, clean.size() / ONE_IN)).stream().sorted()
                .map(i -> restated(clean.get(i), shape, header)).toList();
    }

    /** The same key, another text. */
    private List<String> restated(List<String> row, FileShape shape, List<String> header) {
        List<String> changed = new ArrayList<>(row);
        int text = header.indexOf(shape.text());
        changed.set(text, row.get(text) + " #" + ++restatements);
        return changed;
    }

    /** About one row in {@value #ONE_IN} (at least one, two in the first import), each with the file's next fault. */
    private Map<Integer, Damage> chooseDamage(FileShape shape, int rows) {
        List<Damage> cycle = damageCycles.computeIfAbsent(shape.name(), name -> {
            List<Damage> allowed = new ArrayList<>(List.of(Damage.values()));
            allowed.removeIf(damage -> !shape.allows(damage));
            Collections.shuffle(allowed, random);
            allowed.sort(Comparator.comparing(damage -> !FILE_SPECIFIC.contains(damage)));
            return allowed;
        });
        boolean firstImport = !damageTurns.containsKey(shape.name());
        Map<Integer, Damage> damaged = new HashMap<>();
        for (int row : sample(rows, Math.max(firstImport ? 2 : 1, rows / ONE_IN))) {
            int turn = damageTurns.merge(shape.name(), 1, Integer::sum) - 1;
            damaged.put(row, cycle.get(turn % cycle.size()));
        }
        return damaged;
    }

    private List<Integer> sample(int size, int count) {
        List<Integer> all = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(count, size));
    }

    private WrittenLine line(int number, FileShape shape, List<String> header, List<String> row, Damage damage) {
        String key = row.get(header.indexOf(shape.key()));
        if (damage == null) {
            return new WrittenLine(number, key, render(row).getBytes(UTF_8), null, null);
        }
        Damaged damaged = damage(damage, shape, header, row);
        return new WrittenLine(number, key, damaged.bytes(), damage, damaged.reason());
    }

    private record Damaged(byte[] bytes, String reason) {

        Damaged(List<String> cells, String reason) {
            this(String.join(",", cells).getBytes(UTF_8), reason);
        }
    }

    /** The row with one fault, and the reason the importer must give (for quoting, the start of it). */
    private Damaged damage(Damage damage, FileShape shape, List<String> header, List<String> row) {
        List<String> cells = new ArrayList<>(row.stream().map(CorruptFiles::cell).toList());
        switch (damage) {
            case TRUNCATED_LINE -> {
                int kept = 1 + random.nextInt(cells.size() - 1);
                return new Damaged(cells.subList(0, kept), "record has " + kept + " fields, the header " + row.size());
            }
            case EXTRA_FIELD -> {
                cells.add("extra");
                return new Damaged(cells, "record has " + cells.size() + " fields, the header " + row.size());
            }
            case NOT_AN_INTEGER -> {
                String column = anyFilled(shape.integers(), header, row);
                String text = random.nextBoolean() ? "12.0" : "abc";
                cells.set(header.indexOf(column), text);
                return new Damaged(cells, column + ": " + text + " is not an integer");
            }
            case UNTERMINATED_QUOTE -> {
                int cell = anyPlainCellButAnInteger(shape, header, cells);
                cells.set(cell, "\"" + cells.get(cell));
                return new Damaged(cells, "bad quoting");
            }
            case TEXT_AFTER_CLOSING_QUOTE -> {
                int cell = anyPlainCellButAnInteger(shape, header, cells);
                cells.set(cell, "\"" + cells.get(cell) + "\"x");
                return new Damaged(cells, "bad quoting");
            }
            case QUOTE_AFTER_INTEGER -> {
                String column = anyFilled(shape.integers(), header, row);
                String text = row.get(header.indexOf(column)) + "\"";
                cells.set(header.indexOf(column), text);
                return new Damaged(cells, column + ": " + text + " is not an integer");
            }
            case UNKNOWN_CODE -> {
                cells.set(header.indexOf(shape.code()), shape.unknownCode());
                return new Damaged(cells, shape.code() + ": " + shape.unknownCode());
            }
            case INVALID_UTF8 -> {
                return new Damaged(withBytesInText(shape, header, row, INVALID_UTF8), "not valid UTF-8");
            }
            case LATIN1_TEXT -> {
                return new Damaged(withBytesInText(shape, header, row, "é".getBytes(ISO_8859_1)), "not valid UTF-8");
            }
            case LOCAL_TIME_IN_DST_GAP -> {
                return withLocalTime(shape, header, cells, IN_DST_GAP, "does not exist in");
            }
            case LOCAL_TIME_IN_DST_OVERLAP -> {
                return withLocalTime(shape, header, cells, IN_DST_OVERLAP, "is ambiguous in");
            }
            case MISSING_REQUIRED_VALUE -> {
                String column = anyFilled(shape.required(), header, row);
                cells.set(header.indexOf(column), "");
                return new Damaged(cells, column + ": required value is missing");
            }
            default -> throw new IllegalArgumentException(damage.name());
        }
    }

    private String anyFilled(List<String> columns, List<String> header, List<String> row) {
        List<String> filled = columns.stream().filter(column -> !row.get(header.indexOf(column)).isEmpty()).toList();
        return filled.get(random.nextInt(filled.size()));
    }

    /** A cell with text and without quotes, where a quote added in front opens the field; never an integer's. */
    private int anyPlainCellButAnInteger(FileShape shape, List<String> header, List<String> cells) {
        List<Integer> plain = IntStream.range(0, cells.size())
                .filter(i -> !cells.get(i).isEmpty() && !cells.get(i).startsWith("\"")
                        && !shape.integers().contains(header.get(i))).boxed().toList();
        return plain.get(random.nextInt(plain.size()));
    }

    /** A local time without offset where the source zone has none or two, and no time_zone to settle it. */
    private static Damaged withLocalTime(FileShape shape, List<String> header, List<String> cells, String time,
                                         String problem) {
        cells.set(header.indexOf(shape.timestamp()), time);
        if (header.contains("time_zone")) {
            cells.set(header.indexOf("time_zone"), "");
        }
        return new Damaged(cells, shape.timestamp() + ": " + time + " " + problem + " " + SOURCE_ZONE);
    }

    /** The row with the bytes at the end of its text value (inside the quotes, if it has any). */
    private static byte[] withBytesInText(FileShape shape, List<String> header, List<String> row, byte[] bytes) {
        List<String> marked = new ArrayList<>(row);
        int text = header.indexOf(shape.text());
        marked.set(text, row.get(text) + BYTES_MARK);
        String[] around = render(marked).split(BYTES_MARK, -1);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(around[0].getBytes(UTF_8));
        line.writeBytes(bytes);
        line.writeBytes(around[1].getBytes(UTF_8));
        return line.toByteArray();
    }

    private static List<String> fields(String line) {
        return CsvReader.builder().ofSingleCsvRecord(line).getFields();
    }

    private static String render(List<String> row) {
        return String.join(",", row.stream().map(CorruptFiles::cell).toList());
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break. */
    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void writeFile(Path path, WrittenFile file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((file.header() + "\n").getBytes(UTF_8));
        for (WrittenLine line : file.lines()) {
            bytes.writeBytes(line.bytes());
            bytes.write('\n');
        }
        Files.write(path, bytes.toByteArray());
    }
}
