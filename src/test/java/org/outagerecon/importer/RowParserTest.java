package org.outagerecon.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.db.hds.Tables;
import org.outagerecon.system.BadInputException;

/** The row reject rules of data-contract.md §1, one case each, and what a good row becomes. */
class RowParserTest {

    private static final ImportOptions LOS_ANGELES = new ImportOptions(StateCodes.HDS, ZoneId.of("America/Los_Angeles"));

    @ParameterizedTest(name = "{0}: {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # file                      | header                                                                          | record                                          | reason
            agent.csv                   | skill_target_id,peripheral_id                                                   | 5001                                            | record has 1 fields, the header 2
            agent.csv                   | skill_target_id,peripheral_id                                                   | 5001,5000,x                                     | record has 3 fields, the header 2
            agent.csv                   | skill_target_id,peripheral_id                                                   | 5001,                                           | peripheral_id: required value is missing
            agent.csv                   | skill_target_id,peripheral_id                                                   | 12.0,5000                                       | skill_target_id: 12.0 is not an integer
            agent.csv                   | skill_target_id,peripheral_id                                                   | ` 12,5000`                                      | skill_target_id:  12 is not an integer
            agent.csv                   | skill_target_id,peripheral_id                                                   | 2147483648,5000                                 | skill_target_id: 2147483648 is out of range
            agent.csv                   | skill_target_id,peripheral_id,enterprise_name                                   | 5001,5000,xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | enterprise_name: 129 characters, at most 128 fit
            media_routing_domain.csv    | mr_domain_id,media_class                                                        | 1,voice                                         | media_class: voice is not one of VOICE, CHAT, EMAIL, TASK, OTHER
            media_routing_domain.csv    | mr_domain_id,media_class,task_life_s                                            | 1,VOICE,1e3                                     | task_life_s: 1e3 is not an integer
            media_routing_domain.csv    | mr_domain_id,media_class,task_life_s                                            | 1,CHAT,-60                                      | task_life_s: -60 is negative (a number of seconds)
            agent_state_trace.csv       | recovery_key,date_time,skill_target_id,mr_domain_id,agent_state                 | 1.2E5,2026-11-20T14:01:17Z,5001,1,3             | recovery_key: 1.2E5 is not a number
            agent_state_trace.csv       | recovery_key,date_time,skill_target_id,mr_domain_id,agent_state                 | 1.1234567,2026-11-20T14:01:17Z,5001,1,3         | recovery_key: 1.1234567 does not fit decimal(30,6)
            agent_state_trace.csv       | recovery_key,date_time,skill_target_id,mr_domain_id,agent_state                 | 1,2026-11-20T14:01:17Z,5001,1,17                | agent_state: 17 is outside 0-14
            agent_state_trace.csv       | recovery_key,date_time,skill_target_id,mr_domain_id,agent_state                 | 1,2026-11-20T14:01:17Z,5001,1,-1                | agent_state: -1 is outside 0-14
            agent_state_trace.csv       | recovery_key,date_time,skill_target_id,mr_domain_id,agent_state                 | 1,20.11.2026 14:01,5001,1,3                     | date_time: 20.11.2026 14:01 is not an ISO-8601 timestamp
            agent_state_trace.csv       | recovery_key,date_time,skill_target_id,mr_domain_id,agent_state                 | 1,2026-03-08T02:30,5001,1,3                     | date_time: 2026-03-08T02:30 does not exist in America/Los_Angeles
            agent_state_trace.csv       | recovery_key,date_time,skill_target_id,mr_domain_id,agent_state                 | 1,2026-11-01 01:30:00,5001,1,3                  | date_time: 2026-11-01 01:30:00 is ambiguous in America/Los_Angeles
            agent_state_trace.csv       | recovery_key,date_time,time_zone,skill_target_id,mr_domain_id,agent_state       | 1,2026-11-20T14:01:17,-4200,5001,1,3            | time_zone: -4200 is not an offset in minutes (-1080 to 1080)
            agent_state_trace.csv       | recovery_key,date_time,time_zone,skill_target_id,mr_domain_id,agent_state       | 1,2026-11-20T14:01:17,UTC,5001,1,3              | time_zone: UTC is not an integer
            agent_state_trace.csv       | recovery_key,date_time,skill_target_id,mr_domain_id,agent_state,event_name      | 1,2026-11-20T14:01:17Z,5001,1,3,xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | event_name: 65 characters, at most 64 fit
            termination_call_detail.csv | recovery_key,start_date_time,date_time,peripheral_id,mr_domain_id,call_disposition | 7,2026-11-20T14:00:00Z,2026-11-20T13:59:59.999Z,5000,1,13 | date_time: the task ends at 2026-11-20T13:59:59.999Z, before it starts (start_date_time 2026-11-20T14:00Z)
            termination_call_detail.csv | recovery_key,start_date_time,peripheral_id,mr_domain_id,call_disposition,router_call_key | 7,2026-11-20T14:00:00Z,5000,1,13,1.5 | router_call_key: 1.5 is not an integer
            outage.csv                  | outage_id,component,started_at                                                  | o1,Pim,2026-11-20T14:00:00Z                     | component: Pim is not one of PIM, PG, CTI_MANAGER, FINESSE, AGENT_PG_CTI, MR_PG, MR_PIM, ROUTER_LINK, CHAT_SERVER
            outage.csv                  | outage_id,component,mr_domain_id,started_at                                     | o1,PIM,1,2026-11-20T14:00:00Z                   | peripheral_id: required for component PIM
            outage.csv                  | outage_id,component,mr_domain_id,started_at                                     | o1,AGENT_PG_CTI,1,2026-11-20T14:00:00Z          | peripheral_id: required for component AGENT_PG_CTI
            outage.csv                  | outage_id,component,peripheral_id,started_at                                    | o1,MR_PIM,5000,2026-11-20T14:00:00Z             | mr_domain_id: required for component MR_PIM
            outage.csv                  | outage_id,component,peripheral_id,started_at,ended_at                           | o1,PG,5000,2026-11-20T14:00:00Z,2026-11-20T07:00:00-07:00 | ended_at: 2026-11-20T14:00Z is not after started_at 2026-11-20T14:00Z
            """)
    void rejects(String file, String header, String record, String reason) {
        assertThatThrownBy(() -> parse(file, header, record, LOS_ANGELES))
                .isInstanceOf(Reject.class).hasMessageStartingWith(reason);
    }

    @Test
    void readsColumnsInAnyOrderIgnoringUnknownOnesAndTakesEmptyAsNull() throws Reject {
        Row row = parse("agent_state_trace.csv", "event_name,agent_state,comment,mr_domain_id,skill_target_id,date_time,"
                + "recovery_key,reason_code", "READY,3,whatever,1,5001,2026-11-20 14:01:17.1969,12345.0,", LOS_ANGELES);

        assertThat(row.get(Tables.AGENT_STATE_TRACE.RECOVERY_KEY)).isEqualTo(new BigDecimal("12345.000000"));
        assertThat(row.get(Tables.AGENT_STATE_TRACE.DATE_TIME)).isEqualTo(OffsetDateTime.parse("2026-11-20T22:01:17.196Z"));
        assertThat(row.get(Tables.AGENT_STATE_TRACE.TIME_ZONE)).isNull();
        assertThat(row.get(Tables.AGENT_STATE_TRACE.SKILL_TARGET_ID)).isEqualTo(5001);
        assertThat(row.get(Tables.AGENT_STATE_TRACE.AGENT_STATE)).isEqualTo((short) 3);
        assertThat(row.get(Tables.AGENT_STATE_TRACE.REASON_CODE)).isNull();
        assertThat(row.get(Tables.AGENT_STATE_TRACE.EVENT_NAME)).isEqualTo("READY");
    }

    @ParameterizedTest(name = "CTI {0} is HDS {1}")
    @CsvSource({"0, 1", "1, 0", "2, 2", "14, 14"})
    void mapsCtiStateCodes(String cti, short hds) throws Reject {
        Row row = parse("agent_state_trace.csv", "recovery_key,date_time,skill_target_id,mr_domain_id,agent_state",
                "1,2026-11-20T14:01:17Z,5001,1," + cti, new ImportOptions(StateCodes.CTI, ZoneId.of("UTC")));

        assertThat(row.get(Tables.AGENT_STATE_TRACE.AGENT_STATE)).isEqualTo(hds);
    }

    @Test
    void fillsTheMediaRoutingDomainDefaults() throws Reject {
        Row row = parse("media_routing_domain.csv", "mr_domain_id,media_class,task_life_s", "2,CHAT,", LOS_ANGELES);

        assertThat(row.get(Tables.MEDIA_ROUTING_DOMAIN.TASK_LIFE_S)).isEqualTo(1200);
        assertThat(row.get(Tables.MEDIA_ROUTING_DOMAIN.TASK_START_TIMEOUT_S)).isEqualTo(30);
        assertThat(row.get(Tables.MEDIA_ROUTING_DOMAIN.MAX_TASK_DURATION_S)).isEqualTo(28800);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            agent.csv | peripheral_id,enterprise_name             | missing required column skill_target_id
            outage.csv| outage_id,note                            | missing required columns component, started_at
            termination_call_detail.csv | RecoveryKey,DateTime,PeripheralID,MRDomainID,CallDisposition | missing required column start_date_time (or StartDateTimeUTC, or DateTime with Duration)
            media_routing_domain.csv | MRDomainID,EnterpriseName | missing required column media_class (or MediaClassName, or MediaClassID)
            """)
    void rejectsAHeaderWithoutTheRequiredColumns(String file, String header, String reason) {
        assertThatThrownBy(() -> RowParser.forHeader(inputFile(file), LOS_ANGELES, fields(header)))
                .isInstanceOf(Reject.class).hasMessage(reason);
    }

    /** HDS names and the columns derived from HDS cells (data-contract.md §1), read from Los Angeles. */
    @ParameterizedTest(name = "{0} {1}: {2} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # file                      | header                                                              | record                                           | column               | value
            agent.csv                   | SkillTargetID,PeripheralID,PeripheralNumber,EnterpriseName,Deleted  | 5001,5000,20001,Alice,N                          | skill_target_id      | 5001
            agent.csv                   | SKILLTARGETID,peripheral_id,PeripheralID                            | 5001,4000,5000                                   | peripheral_id        | 5000
            agent_state_trace.csv       | DateTime,SkillTargetID,MRDomainID,TimeZone,AgentState,RecoveryKey   | 2026-11-20 14:01:17.197,5001,1,-420,3,4507830457.0 | date_time          | 2026-11-20T21:01:17.197Z
            termination_call_detail.csv | RecoveryKey,DateTime,TimeZone,StartDateTimeUTC,Duration,PeripheralID,MRDomainID,CallDisposition | 7,2026-11-20 14:10:00,-420,2026-11-20 21:00:00,900,5000,1,13 | start_date_time | 2026-11-20T21:00:00Z
            termination_call_detail.csv | RecoveryKey,DateTime,TimeZone,StartDateTimeUTC,PeripheralID,MRDomainID,CallDisposition | 7,2026-11-20 14:10:00,-420,2026-11-20T14:00:00-07:00,5000,1,13 | start_date_time | 2026-11-20T21:00:00Z
            termination_call_detail.csv | RecoveryKey,DateTime,TimeZone,Duration,PeripheralID,MRDomainID,CallDisposition | 7,2026-11-20 14:10:00,-420,900,5000,1,13           | start_date_time      | 2026-11-20T20:55:00Z
            termination_call_detail.csv | RecoveryKey,DateTime,TimeZone,Duration,PeripheralID,MRDomainID,CallDisposition | 7,2026-11-20 14:10:00,-420,900,5000,1,13           | date_time            | 2026-11-20T21:10:00Z
            media_routing_domain.csv    | MRDomainID,EnterpriseName,MediaClassName,TaskLife,TaskStartTimeout,MaxTaskDuration | 2,Chat,Cisco_Voice,600,45,3600            | media_class          | VOICE
            media_routing_domain.csv    | MRDomainID,MediaClassName,TaskLife                                  | 2,ECE Chat,600                                   | task_life_s          | 600
            media_routing_domain.csv    | MRDomainID,MediaClassName,TaskStartTimeout                          | 2,chat,45                                        | task_start_timeout_s | 45
            media_routing_domain.csv    | MRDomainID,MediaClassName,MaxTaskDuration                           | 3,Cisco_Email,3600                               | max_task_duration_s  | 3600
            media_routing_domain.csv    | MRDomainID,MediaClassName                                           | 3,Cisco_EIM                                      | media_class          | EMAIL
            media_routing_domain.csv    | MRDomainID,MediaClassName                                           | 4,Multichannel                                   | media_class          | TASK
            media_routing_domain.csv    | MRDomainID,MediaClassName                                           | 4,Cisco_Task                                     | media_class          | TASK
            media_routing_domain.csv    | MRDomainID,MediaClassName                                           | 5,Fax                                            | media_class          | OTHER
            media_routing_domain.csv    | MRDomainID,media_class,MediaClassName                               | 5,CHAT,Cisco_Voice                               | media_class          | CHAT
            """)
    void readsHdsNames(String file, String header, String record, String column, String value) throws Reject {
        Row row = parse(file, header, record, LOS_ANGELES);

        Object read = row.values()[row.file().columns().stream().map(Column::name).toList().indexOf(column)];
        if (read instanceof OffsetDateTime instant) {
            assertThat(instant).isEqualTo(OffsetDateTime.parse(value));
        } else {
            assertThat(read).hasToString(value);
        }
    }

    @ParameterizedTest(name = "{0}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            termination_call_detail.csv | RecoveryKey,DateTime,Duration,PeripheralID,MRDomainID,CallDisposition | 7,,900,5000,1,13          | start_date_time: required value is missing
            termination_call_detail.csv | RecoveryKey,DateTime,Duration,PeripheralID,MRDomainID,CallDisposition | 7,2026-11-20T14:10:00Z,,5000,1,13 | start_date_time: Duration is missing, so the start is unknown
            media_routing_domain.csv    | MRDomainID,MediaClassName                                            | 5,                         | media_class: required value is missing
            """)
    void rejectsHdsRowsMissingWhatADerivedColumnNeeds(String file, String header, String record, String reason) {
        assertThatThrownBy(() -> parse(file, header, record, LOS_ANGELES))
                .isInstanceOf(Reject.class).hasMessage(reason);
    }

    /** recon.media-classes sets the class for a MediaClassID or a name; without either, the name decides. */
    @ParameterizedTest(name = "{0} with {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MRDomainID,MediaClassID,MediaClassName | 7=CHAT,cisco_fax=OTHER | 5,7,Cisco_Voice  | CHAT
            MRDomainID,MediaClassID,MediaClassName | 7=CHAT,cisco_fax=OTHER | 5,8,Cisco_Fax    | OTHER
            MRDomainID,MediaClassID,MediaClassName | 7=CHAT,cisco_fax=OTHER | 5,8,Cisco_Voice  | VOICE
            MRDomainID,MediaClassID                | 7=CHAT                 | 5,7              | CHAT
            MRDomainID,MediaClassName              | 7=CHAT, Web Chat=TASK  | 5,Web Chat       | TASK
            """)
    void setsMediaClassesExplicitly(String header, String setting, String record, String mediaClass) throws Reject {
        Row row = parse("media_routing_domain.csv", header, record,
                new ImportOptions(StateCodes.HDS, ZoneId.of("UTC"), MediaClasses.parse(setting)));

        assertThat(row.get(Tables.MEDIA_ROUTING_DOMAIN.MEDIA_CLASS)).isEqualTo(mediaClass);
    }

    @Test
    void rejectsAMediaClassIdWithoutAClass() {
        assertThatThrownBy(() -> parse("media_routing_domain.csv", "MRDomainID,MediaClassID", "5,8",
                new ImportOptions(StateCodes.HDS, ZoneId.of("UTC"), MediaClasses.parse("7=CHAT"))))
                .isInstanceOf(Reject.class)
                .hasMessage("media_class: MediaClassID 8 has no MediaClassName; set its class in recon.media-classes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            7=chat   | '7=chat' is not ID=CLASS or NAME=CLASS (CLASS one of VOICE, CHAT, EMAIL, TASK, OTHER)
            =CHAT    | '=CHAT' is not ID=CLASS or NAME=CLASS (CLASS one of VOICE, CHAT, EMAIL, TASK, OTHER)
            7        | '7' is not ID=CLASS or NAME=CLASS (CLASS one of VOICE, CHAT, EMAIL, TASK, OTHER)
            """)
    void refusesAMediaClassSettingThatDoesNotParse(String setting, String message) {
        assertThatThrownBy(() -> MediaClasses.parse(setting)).isInstanceOf(BadInputException.class)
                .hasMessage("recon.media-classes (RECON_MEDIA_CLASSES): " + message);
    }

    private static Row parse(String file, String header, String record, ImportOptions options) throws Reject {
        InputFile inputFile = inputFile(file);
        return new Row(inputFile, RowParser.forHeader(inputFile, options, fields(header)).parse(fields(record)));
    }

    private static InputFile inputFile(String name) {
        return InputFiles.IN_IMPORT_ORDER.stream().filter(file -> file.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> fields(String csv) {
        return CsvReader.builder().ofSingleCsvRecord(csv).getFields();
    }
}
