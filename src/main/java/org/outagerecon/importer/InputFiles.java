package org.outagerecon.importer;

import static org.outagerecon.importer.Column.fixed;
import static org.outagerecon.importer.Column.optional;
import static org.outagerecon.importer.Column.required;
import static org.outagerecon.importer.Values.AGENT_STATE;
import static org.outagerecon.importer.Values.BIGINT;
import static org.outagerecon.importer.Values.INTEGER;
import static org.outagerecon.importer.Values.MEDIA_CLASS_ID;
import static org.outagerecon.importer.Values.MEDIA_CLASS_NAME;
import static org.outagerecon.importer.Values.NUMBER;
import static org.outagerecon.importer.Values.SECONDS;
import static org.outagerecon.importer.Values.TEXT;
import static org.outagerecon.importer.Values.TIMESTAMP;
import static org.outagerecon.importer.Values.TIME_ZONE;
import static org.outagerecon.importer.Values.UTC_TIMESTAMP;
import static org.outagerecon.importer.Values.minusSeconds;
import static org.outagerecon.importer.Values.oneOf;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.outagerecon.db.hds.tables.Agent;
import org.outagerecon.db.hds.tables.AgentStateTrace;
import org.outagerecon.db.hds.tables.MediaRoutingDomain;
import org.outagerecon.db.hds.tables.TerminationCallDetail;
import org.outagerecon.db.recon.tables.Outage;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.OutageCheck;
import org.outagerecon.domain.OutageOrigin;
import org.outagerecon.domain.OutageStatus;

/** The five input files of data-contract.md §1, in the order they are imported. */
final class InputFiles {

    private static final Agent A = Agent.AGENT;
    private static final MediaRoutingDomain MRD = MediaRoutingDomain.MEDIA_ROUTING_DOMAIN;
    private static final Outage O = Outage.OUTAGE;
    private static final AgentStateTrace AST = AgentStateTrace.AGENT_STATE_TRACE;
    private static final TerminationCallDetail TCD = TerminationCallDetail.TERMINATION_CALL_DETAIL;

    /** The defaults data-contract.md §1 gives for an MRD (those of the Media Routing Domain API). */
    private static final int TASK_LIFE_S = org.outagerecon.domain.MediaRoutingDomain.DEFAULT_TASK_LIFE_S;
    private static final int TASK_START_TIMEOUT_S = 30;
    private static final int MAX_TASK_DURATION_S = 28_800;

    static final InputFile AGENT_CSV = new InputFile("agent.csv", "Agent", A, A.SKILL_TARGET_ID, List.of(
            required(A.SKILL_TARGET_ID, INTEGER),
            required(A.PERIPHERAL_ID, INTEGER),
            optional(A.PERIPHERAL_NUMBER, TEXT),
            optional(A.ENTERPRISE_NAME, TEXT)), InputFile.RowCheck.NONE);

    static final InputFile MEDIA_ROUTING_DOMAIN_CSV = new InputFile("media_routing_domain.csv",
            "Media_Routing_Domain", MRD, MRD.MR_DOMAIN_ID, List.of(
                    required(MRD.MR_DOMAIN_ID, INTEGER),
                    optional(MRD.ENTERPRISE_NAME, TEXT),
                    required(MRD.MEDIA_CLASS, oneOf(MediaClass.class)).or("MediaClassName", MEDIA_CLASS_NAME)
                            .or(Values.MEDIA_CLASS_ID_CELL, MEDIA_CLASS_ID),
                    optional(MRD.TASK_LIFE_S, TASK_LIFE_S, SECONDS).or("TaskLife", SECONDS),
                    optional(MRD.TASK_START_TIMEOUT_S, TASK_START_TIMEOUT_S, SECONDS).or("TaskStartTimeout", SECONDS),
                    optional(MRD.MAX_TASK_DURATION_S, MAX_TASK_DURATION_S, SECONDS).or("MaxTaskDuration", SECONDS)),
            InputFile.RowCheck.NONE);

    /** Imported outages are confirmed (rules.md applies only confirmed ones). */
    static final InputFile OUTAGE_CSV = new InputFile("outage.csv", null, O, O.OUTAGE_ID, List.of(
            required(O.OUTAGE_ID, TEXT),
            required(O.COMPONENT, oneOf(Component.class)),
            optional(O.SIDE, TEXT),
            optional(O.PERIPHERAL_ID, INTEGER),
            optional(O.MR_DOMAIN_ID, INTEGER),
            required(O.STARTED_AT, TIMESTAMP),
            optional(O.ENDED_AT, TIMESTAMP),
            optional(O.NOTE, TEXT),
            fixed(O.STATUS, OutageStatus.CONFIRMED.name()),
            fixed(O.ORIGIN, OutageOrigin.IMPORTED.name())), InputFiles::outageHasScopeAndEndsAfterStart);

    static final InputFile AGENT_STATE_TRACE_CSV = new InputFile("agent_state_trace.csv", "Agent_State_Trace", AST,
            AST.RECOVERY_KEY, List.of(
                    required(AST.RECOVERY_KEY, NUMBER),
                    required(AST.DATE_TIME, TIMESTAMP),
                    optional(AST.TIME_ZONE, TIME_ZONE),
                    required(AST.SKILL_TARGET_ID, INTEGER),
                    required(AST.MR_DOMAIN_ID, INTEGER),
                    required(AST.AGENT_STATE, AGENT_STATE),
                    optional(AST.REASON_CODE, INTEGER),
                    optional(AST.EVENT_NAME, TEXT)), InputFile.RowCheck.NONE);

    static final InputFile TERMINATION_CALL_DETAIL_CSV = new InputFile("termination_call_detail.csv",
            "Termination_Call_Detail", TCD, TCD.RECOVERY_KEY, List.of(
                    required(TCD.RECOVERY_KEY, NUMBER),
                    required(TCD.START_DATE_TIME, TIMESTAMP).or("StartDateTimeUTC", UTC_TIMESTAMP)
                            .or("DateTime", List.of("Duration"), minusSeconds("Duration")),
                    optional(TCD.DATE_TIME, TIMESTAMP),
                    optional(TCD.TIME_ZONE, TIME_ZONE),
                    optional(TCD.ROUTER_CALL_KEY_DAY, INTEGER),
                    optional(TCD.ROUTER_CALL_KEY, BIGINT),
                    optional(TCD.CALL_GUID, TEXT),
                    required(TCD.PERIPHERAL_ID, INTEGER),
                    required(TCD.MR_DOMAIN_ID, INTEGER),
                    optional(TCD.AGENT_SKILL_TARGET_ID, INTEGER),
                    optional(TCD.SKILL_GROUP_SKILL_TARGET_ID, INTEGER),
                    optional(TCD.PERIPHERAL_CALL_TYPE, INTEGER),
                    required(TCD.CALL_DISPOSITION, INTEGER),
                    optional(TCD.CALL_DISPOSITION_FLAG, INTEGER)), InputFiles::taskEndsAfterStart);

    /** Agents and MRDs first, then outages, then the HDS rows (data-contract.md §1). */
    static final List<InputFile> IN_IMPORT_ORDER = List.of(AGENT_CSV, MEDIA_ROUTING_DOMAIN_CSV, OUTAGE_CSV,
            AGENT_STATE_TRACE_CSV, TERMINATION_CALL_DETAIL_CSV);

    private InputFiles() {
    }

    /** data-contract.md §1: the component's scope column is required; an outage lasts longer than an instant. */
    private static void outageHasScopeAndEndsAfterStart(Row row) throws Reject {
        Optional<String> problem = OutageCheck.problem(Component.valueOf(row.get(O.COMPONENT)),
                row.get(O.PERIPHERAL_ID), row.get(O.MR_DOMAIN_ID), row.get(O.STARTED_AT), row.get(O.ENDED_AT));
        if (problem.isPresent()) {
            throw new Reject(problem.get());
        }
    }

    /** A task may end at the instant it starts, never before; date_time null is a task still open. */
    private static void taskEndsAfterStart(Row row) throws Reject {
        OffsetDateTime start = row.get(TCD.START_DATE_TIME);
        OffsetDateTime end = row.get(TCD.DATE_TIME);
        if (end != null && end.isBefore(start)) {
            throw new Reject("date_time: the task ends at " + end + ", before it starts (start_date_time " + start
                    + ")");
        }
    }
}
