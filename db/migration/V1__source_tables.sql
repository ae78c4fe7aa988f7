-- Source tables: HDS-style rows as imported (data-contract.md §1). All instants are stored in UTC.
-- The SQL is kept to what H2 and PostgreSQL both accept; varchar (not text) keeps jOOQ's DDLDatabase happy.
CREATE SCHEMA IF NOT EXISTS hds;

CREATE TABLE hds.agent (
    skill_target_id   integer      NOT NULL PRIMARY KEY,
    peripheral_id     integer      NOT NULL,
    peripheral_number varchar(64),
    enterprise_name   varchar(128)
);

CREATE TABLE hds.media_routing_domain (
    mr_domain_id         integer     NOT NULL PRIMARY KEY,
    enterprise_name      varchar(128),
    media_class          varchar(16) NOT NULL,
    task_life_s          integer,
    task_start_timeout_s integer,
    max_task_duration_s  integer
);

-- recovery_key is HDS's RecoveryKey: a number (a float in HDS), unique and increasing.
CREATE TABLE hds.agent_state_trace (
    recovery_key    decimal(30, 6) NOT NULL PRIMARY KEY,
    date_time       timestamp(3) with time zone NOT NULL,
    time_zone       integer,
    skill_target_id integer        NOT NULL,
    mr_domain_id    integer        NOT NULL,
    agent_state     smallint       NOT NULL,
    reason_code     integer,
    event_name      varchar(64)
);
CREATE INDEX agent_state_trace_timeline ON hds.agent_state_trace (skill_target_id, mr_domain_id, date_time, recovery_key);
CREATE INDEX agent_state_trace_date_time ON hds.agent_state_trace (date_time);

CREATE TABLE hds.termination_call_detail (
    recovery_key                decimal(30, 6) NOT NULL PRIMARY KEY,
    start_date_time             timestamp(3) with time zone NOT NULL,
    date_time                   timestamp(3) with time zone,
    time_zone                   integer,
    router_call_key_day         integer,
    router_call_key             bigint,
    call_guid                   varchar(64),
    peripheral_id               integer NOT NULL,
    mr_domain_id                integer NOT NULL,
    agent_skill_target_id       integer,
    skill_group_skill_target_id integer,
    peripheral_call_type        integer,
    call_disposition            integer NOT NULL,
    call_disposition_flag       integer
);
CREATE INDEX termination_call_detail_start ON hds.termination_call_detail (start_date_time);
