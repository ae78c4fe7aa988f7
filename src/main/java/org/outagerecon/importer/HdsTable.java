package org.outagerecon.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.outagerecon.system.BadInputException;
import org.outagerecon.system.DatabaseSettings;

/**
 * One HDS table as {@code import --jdbc} reads it (data-contract.md §5), and all the SQL sent to the HDS: plain
 * SQL that SQL Server, H2 and PostgreSQL all run (jOOQ's open-source edition does not render SQL Server's
 * dialect). The table is {@code schema.t_Name}, else the view {@code schema.Name}; the columns read are those of
 * the table that fill the input file's columns, named as the HDS names them. Agent_State_Trace and
 * Termination_Call_Detail are read in {@code RecoveryKey} order, above a key when one is given; Agent and
 * Media_Routing_Domain have no RecoveryKey and are read whole, in key order. Media_Routing_Domain has a
 * MediaClassID where the files have a media class: the name of its Media_Class is read with it.
 */
final class HdsTable {

    private static final String TABLE_PREFIX = "t_";
    private static final String RECOVERY_KEY = "RecoveryKey";
    private static final String MEDIA_CLASS_NAME = "MediaClassName";
    private static final String MEDIA_CLASS = "Media_Class";
    /** The column of media_routing_domain.csv that MediaClassName stands in for. */
    private static final String MEDIA_CLASS_COLUMN = "media_class";
    private static final String NAME = "Name";
    private static final String MRD_ALIAS = "m";
    private static final String MEDIA_CLASS_ALIAS = "c";

    private final InputFile file;
    /** The table or view as found: {@code t_Agent_State_Trace} or {@code Agent_State_Trace}. */
    private final String name;
    /** {@code schema.table} as the SQL names it. */
    private final String qualifiedName;
    /** The HDS's identifier quote, around the column names its metadata gave. */
    private final String quote;
    private final List<String> columns;
    private final String keyColumn;
    /** {@code LEFT JOIN schema.t_Media_Class c ON c.MediaClassID = m.MediaClassID}, or null. */
    private final String mediaClassJoin;
    private final String mediaClassName;

    private HdsTable(InputFile file, Found table, String quote, List<String> columns, String keyColumn,
                     String mediaClassJoin, String mediaClassName) {
        this.file = file;
        this.name = table.name;
        this.qualifiedName = table.qualifiedName;
        this.quote = quote;
        this.columns = columns;
        this.keyColumn = keyColumn;
        this.mediaClassJoin = mediaClassJoin;
        this.mediaClassName = mediaClassName;
    }

    /**
     * Finds the table of {@code file} and checks it has the columns the file requires.
     *
     * @throws BadInputException when there is no such table or view, or it lacks a required column
     */
    static HdsTable find(Connection hds, String schema, InputFile file, ImportOptions options) {
        String quote = identifierQuote(hds);
        Found table = findTable(hds, schema, file.hdsTable());
        Set<String> wanted = file.cellKeys();
        List<String> columns = table.columns.stream().filter(column -> wanted.contains(RowParser.cellKey(column)))
                .toList();
        String keyColumn = columnNamed(table.columns, file.key().getName());
        String join = null;
        String className = null;
        Set<String> found = columns.stream().map(RowParser::cellKey).collect(Collectors.toSet());
        String mediaClassId = columnNamed(table.columns, Values.MEDIA_CLASS_ID_CELL);
        if (file == InputFiles.MEDIA_ROUTING_DOMAIN_CSV && mediaClassId != null
                && !found.contains(RowParser.cellKey(MEDIA_CLASS_NAME))
                && !found.contains(RowParser.cellKey(MEDIA_CLASS_COLUMN))) {
            Found mediaClass = findTable(hds, schema, MEDIA_CLASS);
            String classId = requireColumn(mediaClass, Values.MEDIA_CLASS_ID_CELL);
            className = requireColumn(mediaClass, NAME);
            join = " LEFT JOIN " + mediaClass.qualifiedName + " " + MEDIA_CLASS_ALIAS + " ON " + MEDIA_CLASS_ALIAS
                    + "." + quote + classId + quote + " = " + MRD_ALIAS + "." + quote + mediaClassId + quote;
        }
        HdsTable hdsTable = new HdsTable(file, table, quote, columns, keyColumn, join, className);
        try {
            RowParser.forHeader(file, options, hdsTable.header());
        } catch (Reject e) {
            throw new BadInputException("import: HDS table " + hdsTable.qualifiedName() + ": " + e.getMessage());
        }
        return hdsTable;
    }

    private record Found(String name, String qualifiedName, List<String> columns) {
    }

    private static String identifierQuote(Connection hds) {
        try {
            String quote = hds.getMetaData().getIdentifierQuoteString().strip();
            return quote.isEmpty() ? "\"" : quote;
        } catch (SQLException e) {
            return "\"";
        }
    }

    /**
     * The table {@code t_Name}, else the view {@code Name}, with its columns: named as written (SQL Server compares
     * names without case), else as the HDS's metadata spells them, whatever their case, quoted (a copy of the HDS
     * on a database that folds unquoted names, made with quoted ones).
     */
    private static Found findTable(Connection hds, String schema, String hdsName) {
        SQLException notFound = null;
        for (String candidate : List.of(TABLE_PREFIX + hdsName, hdsName)) {
            try {
                return found(hds, candidate, schema + "." + candidate);
            } catch (SQLException e) {
                notFound = e;
            }
        }
        String quote = identifierQuote(hds);
        for (String candidate : List.of(TABLE_PREFIX + hdsName, hdsName)) {
            try (ResultSet tables = hds.getMetaData().getTables(null, null, null, null)) {
                while (tables.next()) {
                    if (schema.equalsIgnoreCase(tables.getString("TABLE_SCHEM"))
                            && candidate.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                        return found(hds, candidate, quote + tables.getString("TABLE_SCHEM") + quote + "." + quote
                                + tables.getString("TABLE_NAME") + quote);
                    }
                }
            } catch (SQLException e) {
                notFound = e;
            }
        }
        throw new BadInputException("import: the HDS has no table " + schema + "." + TABLE_PREFIX + hdsName
                + " or view " + schema + "." + hdsName + " that this login may read ("
                + DatabaseSettings.redacted(String.valueOf(notFound.getMessage()).lines().findFirst().orElse(""))
                + ")");
    }

    private static Found found(Connection hds, String name, String qualifiedName) throws SQLException {
        try (Statement statement = hds.createStatement();
             ResultSet none = statement.executeQuery("SELECT * FROM " + qualifiedName + " WHERE 1 = 0")) {
            ResultSetMetaData metadata = none.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                columns.add(metadata.getColumnLabel(i));
            }
            return new Found(name, qualifiedName, columns);
        }
    }

    private static String requireColumn(Found table, String column) {
        String found = columnNamed(table.columns, column);
        if (found == null) {
            throw new BadInputException("import: HDS table " + table.name + ": missing required column " + column);
        }
        return found;
    }

    /** The column of {@code columns} that {@code name} names (as {@link RowParser#cellKey} compares), or null. */
    private static String columnNamed(List<String> columns, String name) {
        return columns.stream().filter(column -> RowParser.cellKey(column).equals(RowParser.cellKey(name)))
                .findFirst().orElse(null);
    }

    InputFile file() {
        return file;
    }

    /** The table or view as found, without its schema. */
    String name() {
        return name;
    }

    String qualifiedName() {
        return qualifiedName;
    }

    /** Read in RecoveryKey order and above a watermark: the tables that have a RecoveryKey. */
    boolean incremental() {
        return RowParser.cellKey(file.key().getName()).equals(RowParser.cellKey(RECOVERY_KEY));
    }

    /** The names of the columns {@link #select} returns, in order. */
    List<String> header() {
        List<String> header = new ArrayList<>(columns);
        if (mediaClassJoin != null) {
            header.add(MEDIA_CLASS_NAME);
        }
        return header;
    }

    /** The position (0-based) of the key column in {@link #header}. */
    int keyPosition() {
        return columns.indexOf(keyColumn);
    }

    /**
     * {@code SELECT … FROM schema.table [WHERE RecoveryKey > ?] ORDER BY key}; with {@code aboveKey} the statement
     * takes the key as its one parameter.
     */
    String select(boolean aboveKey) {
        String prefix = mediaClassJoin == null ? "" : MRD_ALIAS + ".";
        List<String> selected = new ArrayList<>(columns.stream().map(column -> prefix + quoted(column)).toList());
        if (mediaClassJoin != null) {
            selected.add(MEDIA_CLASS_ALIAS + "." + quoted(mediaClassName) + " AS " + MEDIA_CLASS_NAME);
        }
        return "SELECT " + String.join(", ", selected) + " FROM " + qualifiedName
                + (mediaClassJoin == null ? "" : " " + MRD_ALIAS + mediaClassJoin)
                + (aboveKey ? " WHERE " + prefix + quoted(keyColumn) + " > ?" : "")
                + " ORDER BY " + prefix + quoted(keyColumn);
    }

    /** A column as the HDS's metadata spells it, quoted, so that it is found whatever case the database folds to. */
    private String quoted(String column) {
        return quote + column + quote;
    }
}
