package org.outagerecon.generate;

/**
 * What happened that nobody wrote into outage.csv, as the source shows it (rules.md §8): outages that detection
 * should find, and decoys that it must pass over.
 */
enum Unrecorded {
    /** Seed 004: an OPC crash logs every logged-on voice agent of the peripheral out (-1) within seconds. */
    OPC_CRASH,
    /** Seed 001: Finesse logs every logged-on agent out of every MRD with 255. */
    FINESSE_WAVE,
    /** Seed 003: the application path is down; Cisco ends with 42 the tasks whose life runs out. */
    TASK_LIFE_BURST,
    /** Decoy: every logged-on agent logs out with an agent reason (10, end of shift) within seconds. */
    SHIFT_CHANGE,
    /** Decoy: the peripheral's four scenario agents lose their desktops (-1) together: fewer than min-agents. */
    FOUR_AGENTS
}
