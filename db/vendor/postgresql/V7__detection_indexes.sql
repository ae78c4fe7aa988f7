-- PostgreSQL only: what detection (rules.md §8) reads, without a pass over the day's rows. H2 reads the
-- candidates through the date_time index and filters them; its tables are small.

-- Rows that may drop (§8.1): state 0 or 2 with a reason code, by reason and time. The query inlines the states,
-- so the planner matches this predicate; most rows (Ready, Talking, ...) are not in the index, so it costs the
-- import little.
CREATE INDEX agent_state_trace_may_drop ON hds.agent_state_trace (reason_code, date_time)
    WHERE agent_state IN (0, 2);

-- Tasks that Cisco ended with disposition 42 (§8.2), by their end.
CREATE INDEX termination_call_detail_ended_42 ON hds.termination_call_detail (date_time)
    WHERE call_disposition = 42;
