package org.outagerecon.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.outagerecon.system.BadInputException;
import org.springframework.stereotype.Component;

/**
 * {@code import --dir DIR}: loads the CSV files of a directory (data-contract.md §1), named as we name them or
 * after their HDS table. Every file is optional and is loaded in a transaction of its own, so a file that cannot
 * be read keeps what the files before it loaded; bad rows are rejected one by one and never stop an import.
 */
@Component
public class CsvImporter {

    private final SourceLoader loader;

    public CsvImporter(SourceLoader loader) {
        this.loader = loader;
    }

    /**
     * @throws BadInputException when the directory or one of its input files cannot be read, it holds two files
     *                           for one table, or it holds none of them (a mistyped directory must not look like
     *                           an import of nothing)
     */
    public ImportReport importDirectory(Path dir, ImportOptions options) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("import: " + dir + " is not a directory");
        }
        Map<InputFile, Path> present = inputFiles(dir);
        if (present.isEmpty()) {
            throw new BadInputException("import: " + dir + " holds none of the input files ("
                    + String.join(", ", InputFiles.IN_IMPORT_ORDER.stream().map(InputFile::name).toList())
                    + ", or the HDS table names)");
        }
        present.values().forEach(CsvImporter::requireReadable);
        List<ImportReport.FileResult> results = new ArrayList<>();
        present.forEach((file, path) -> results.add(importFile(path, file, options)));
        return new ImportReport(results);
    }

    /** The file of each input file the directory holds, in import order; two files for one table are an error. */
    private static Map<InputFile, Path> inputFiles(Path dir) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            throw new BadInputException("import: cannot list " + dir + ": " + e.getMessage(), e);
        }
        Map<InputFile, Path> present = new LinkedHashMap<>();
        for (InputFile file : InputFiles.IN_IMPORT_ORDER) {
            List<Path> named = entries.stream().filter(path -> file.isNamed(path.getFileName().toString())).toList();
            if (named.size() > 1) {
                throw new BadInputException("import: " + dir + " holds " + named.size() + " files for "
                        + file.name() + " (" + String.join(", ", named.stream()
                        .map(path -> path.getFileName().toString()).toList()) + "); keep one");
            }
            named.forEach(path -> present.put(file, path));
        }
        return present;
    }

    private static void requireReadable(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new BadInputException("import: cannot read " + path + " (not a readable file)");
        }
    }

    private ImportReport.FileResult importFile(Path path, InputFile file, ImportOptions options) {
        try (CsvRecordReader records = new CsvRecordReader(path)) {
            SourceRecord header = records.next();
            if (header == null) {
                header = SourceRecord.parsed(1, "", List.of());
            }
            return loader.load(path.getFileName().toString(), file, options, header, records, Long.MAX_VALUE,
                    SourceLoader.WithEachCommit.NOTHING);
        } catch (IOException e) {
            throw new BadInputException("import: cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
