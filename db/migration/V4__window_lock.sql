-- Rows a run locks while it runs: one per 15-minute slot of its window and lock bucket (skill_target_id
-- modulo 16). A run holds its rows with SELECT ... FOR UPDATE NOWAIT on a connection of its own: an
-- overlapping run finds them locked and exits with 4, while partitions of one window (--partition I/N) lock
-- disjoint buckets and run side by side. A killed run's connection closes, which releases its rows.
CREATE TABLE recon.window_lock (
    slot_start timestamp(3) with time zone NOT NULL,
    bucket     smallint NOT NULL,
    PRIMARY KEY (slot_start, bucket)
);
