package org.outagerecon.support;

import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.AGENT_STATE_TRACE;
import static org.outagerecon.db.hds.Tables.MEDIA_ROUTING_DOMAIN;
import static org.outagerecon.db.hds.Tables.TERMINATION_CALL_DETAIL;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.outagerecon.domain.MediaClass;

/**
 * A Historical Data Server for {@code import --jdbc} to read: schema {@code dbo} with the HDS tables and columns
 * as domain.md §5 lists them (extra columns included, RecoveryKey a float, DateTime local central-controller time
 * with TimeZone in minutes), in H2 in {@code MODE=MSSQLServer} or in a PostgreSQL database of its own.
 */
public final class HdsStandIn implements AutoCloseable {

    private static final List<String> TABLES = List.of(
            "CREATE TABLE dbo.t_Agent (SkillTargetID int NOT NULL PRIMARY KEY, PersonID int,"
                    + " EnterpriseName varchar(32), PeripheralID smallint NOT NULL, PeripheralNumber varchar(32),"
                    + " Description varchar(255), Deleted char(1), AgentStateTrace char(1), ChangeStamp int)",
            "CREATE TABLE dbo.t_Media_Class (MediaClassID int NOT NULL PRIMARY KEY, Name varchar(32),"
                    + " Description varchar(255))",
            "CREATE TABLE dbo.t_Media_Routing_Domain (MRDomainID int NOT NULL PRIMARY KEY,"
                    + " EnterpriseName varchar(32), MediaClassID int, Description varchar(255), Interruptible char(1),"
                    + " TaskLife int, TaskStartTimeout int, MaxTaskDuration int, ServiceLevelThreshold int,"
                    + " Deleted char(1), ChangeStamp int)",
            "CREATE TABLE dbo.t_Agent_State_Trace (DateTime timestamp(3) NOT NULL, SkillTargetID int NOT NULL,"
                    + " TimeZone int, MRDomainID int NOT NULL, AgentState smallint, Direction int,"
                    + " EventName varchar(64), ICRCallKey int, PeripheralCallKey int, ReasonCode int,"
                    + " RecoveryKey float NOT NULL UNIQUE, RouterCallKey int, RouterCallKeyDay int,"
                    + " RouterCallKeySequenceNumber int, SkillGroupSkillTargetID int, DbDateTime timestamp(3))",
            "CREATE TABLE dbo.t_Termination_Call_Detail (RecoveryKey float NOT NULL UNIQUE, DateTime timestamp(3),"
                    + " RouterCallKeyDay int, RouterCallKey bigint, RouterCallKeySequenceNumber int,"
                    + " PeripheralID smallint NOT NULL, PeripheralCallKey int, PeripheralCallType smallint,"
                    + " AgentSkillTargetID int, SkillGroupSkillTargetID int, ServiceSkillTargetID int,"
                    + " CallDisposition smallint NOT NULL, CallDispositionFlag smallint, Duration int, RingTime int,"
                    + " TalkTime int, HoldTime int, WorkTime int, DelayTime int, LocalQTime int, NetworkTime int,"
                    + " ICRCallKey int, TimeZone int, CallTypeID int, CallGUID varchar(64), ANI varchar(32),"
                    + " Variable1 varchar(40), StartDateTimeUTC timestamp(3), MRDomainID int, DbDateTime timestamp(3))");

    private final String url;
    private final TestDatabase.Instance postgres;

    private HdsStandIn(String url, TestDatabase.Instance postgres) {
        this.url = url;
        this.postgres = postgres;
    }

    /** An empty HDS: H2 in memory (this JVM only), or a PostgreSQL database (skipped like TestDatabase). */
    public static HdsStandIn create(TestDatabase kind) throws SQLException {
        return create(kind, null);
    }

    /** An empty HDS other processes can read too: for H2 a file under {@code h2Directory} in AUTO_SERVER mode. */
    public static HdsStandIn create(TestDatabase kind, Path h2Directory) throws SQLException {
        HdsStandIn hds;
        if (kind == TestDatabase.H2) {
            String name = "hds_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            hds = new HdsStandIn((h2Directory == null ? "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"
                    : "jdbc:h2:file:" + h2Directory.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE")
                    + ";MODE=MSSQLServer;USER=sa;PASSWORD=", null);
        } else {
            TestDatabase.Instance database = TestDatabase.POSTGRES.create();
            hds = new HdsStandIn(database.dbOption(), database);
        }
        hds.execute("CREATE SCHEMA dbo");
        for (String table : TABLES) {
            hds.execute(table);
        }
        hds.execute("INSERT INTO dbo.t_Media_Class (MediaClassID, Name) VALUES (1, 'Cisco_Voice'), (2, 'ECE_Chat'),"
                + " (3, 'ECE_Email'), (4, 'Cisco_Task'), (5, 'Fax')");
        return hds;
    }

    /**
     * Views of every table in schema {@code "schema"}, named with quotes in the HDS's own case ({@code "t_Agent"},
     * {@code "SkillTargetID"}), as a copy of the HDS made with quoted names keeps them on a database that folds
     * unquoted names to one case.
     */
    public void createQuotedViews(String schema) throws SQLException {
        execute("CREATE SCHEMA \"" + schema + "\"");
        for (String table : TABLES) {
            Matcher definition = Pattern.compile("CREATE TABLE dbo\\.(\\w+) \\((.*)\\)").matcher(table);
            if (!definition.matches()) {
                throw new IllegalStateException(table);
            }
            String columns = Arrays.stream(definition.group(2).split(","))
                    .map(column -> "\"" + column.strip().split(" ")[0] + "\"").collect(Collectors.joining(", "));
            execute("CREATE VIEW \"" + schema + "\".\"" + definition.group(1) + "\" (" + columns
                    + ") AS SELECT * FROM dbo." + definition.group(1));
        }
    }

    /** The URL {@code import --jdbc} takes: user and password in it where the database needs them. */
    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Copies the source rows of a recon database (as {@code import --dir} loaded them) into the HDS tables, as the
     * HDS holds them: DateTime in local time by the row's TimeZone (UTC without one), task start in
     * StartDateTimeUTC, Duration from start to end, the media class as a MediaClassID.
     */
    public void copyFrom(DSLContext recon) throws SQLException {
        try (Connection hds = connect()) {
            insert(hds, "INSERT INTO dbo.t_Agent (SkillTargetID, PeripheralID, PeripheralNumber, EnterpriseName,"
                    + " Deleted) VALUES (?, ?, ?, ?, 'N')", recon.selectFrom(AGENT).fetch(), agent -> new Object[] {
                    agent.get(AGENT.SKILL_TARGET_ID), agent.get(AGENT.PERIPHERAL_ID),
                    agent.get(AGENT.PERIPHERAL_NUMBER), agent.get(AGENT.ENTERPRISE_NAME)});
            insert(hds, "INSERT INTO dbo.t_Media_Routing_Domain (MRDomainID, EnterpriseName, MediaClassID, TaskLife,"
                    + " TaskStartTimeout, MaxTaskDuration) VALUES (?, ?, ?, ?, ?, ?)",
                    recon.selectFrom(MEDIA_ROUTING_DOMAIN).fetch(), mrd -> new Object[] {
                    mrd.get(MEDIA_ROUTING_DOMAIN.MR_DOMAIN_ID), mrd.get(MEDIA_ROUTING_DOMAIN.ENTERPRISE_NAME),
                    MediaClass.valueOf(mrd.get(MEDIA_ROUTING_DOMAIN.MEDIA_CLASS)).ordinal() + 1,
                    mrd.get(MEDIA_ROUTING_DOMAIN.TASK_LIFE_S), mrd.get(MEDIA_ROUTING_DOMAIN.TASK_START_TIMEOUT_S),
                    mrd.get(MEDIA_ROUTING_DOMAIN.MAX_TASK_DURATION_S)});
            insert(hds, "INSERT INTO dbo.t_Agent_State_Trace (RecoveryKey, DateTime, TimeZone, SkillTargetID,"
                    + " MRDomainID, AgentState, ReasonCode, EventName, Direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    recon.selectFrom(AGENT_STATE_TRACE).fetch(), row -> new Object[] {
                    row.get(AGENT_STATE_TRACE.RECOVERY_KEY).doubleValue(),
                    local(row.get(AGENT_STATE_TRACE.DATE_TIME), row.get(AGENT_STATE_TRACE.TIME_ZONE)),
                    row.get(AGENT_STATE_TRACE.TIME_ZONE), row.get(AGENT_STATE_TRACE.SKILL_TARGET_ID),
                    row.get(AGENT_STATE_TRACE.MR_DOMAIN_ID), row.get(AGENT_STATE_TRACE.AGENT_STATE),
                    row.get(AGENT_STATE_TRACE.REASON_CODE), row.get(AGENT_STATE_TRACE.EVENT_NAME)});
            var t = TERMINATION_CALL_DETAIL;
            insert(hds, "INSERT INTO dbo.t_Termination_Call_Detail (RecoveryKey, StartDateTimeUTC, DateTime, Duration,"
                    + " TimeZone, RouterCallKeyDay, RouterCallKey, CallGUID, PeripheralID, MRDomainID,"
                    + " AgentSkillTargetID, SkillGroupSkillTargetID, PeripheralCallType, CallDisposition,"
                    + " CallDispositionFlag, RingTime) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    recon.selectFrom(t).fetch(), row -> new Object[] {
                    row.get(t.RECOVERY_KEY).doubleValue(), local(row.get(t.START_DATE_TIME), 0),
                    local(row.get(t.DATE_TIME), row.get(t.TIME_ZONE)),
                    row.get(t.DATE_TIME) == null ? null
                            : (int) Duration.between(row.get(t.START_DATE_TIME), row.get(t.DATE_TIME)).toSeconds(),
                    row.get(t.TIME_ZONE), row.get(t.ROUTER_CALL_KEY_DAY), row.get(t.ROUTER_CALL_KEY),
                    row.get(t.CALL_GUID), row.get(t.PERIPHERAL_ID), row.get(t.MR_DOMAIN_ID),
                    row.get(t.AGENT_SKILL_TARGET_ID), row.get(t.SKILL_GROUP_SKILL_TARGET_ID),
                    row.get(t.PERIPHERAL_CALL_TYPE), row.get(t.CALL_DISPOSITION), row.get(t.CALL_DISPOSITION_FLAG)});
        }
    }

    /** Central-controller time: UTC plus TimeZone minutes. */
    private static LocalDateTime local(OffsetDateTime instant, Integer timeZoneMinutes) {
        return instant == null ? null : instant.withOffsetSameInstant(
                ZoneOffset.ofTotalSeconds((timeZoneMinutes == null ? 0 : timeZoneMinutes) * 60)).toLocalDateTime();
    }

    private static <R extends Record> void insert(Connection hds, String sql, List<R> rows,
                                                   java.util.function.Function<R, Object[]> values)
            throws SQLException {
        try (PreparedStatement statement = hds.prepareStatement(sql)) {
            for (R row : rows) {
                Object[] parameters = values.apply(row);
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        if (postgres != null) {
            postgres.close();
        } else {
            execute("SHUTDOWN");
        }
    }
}
