/**
 * Rules, agents: source spans (rules.md §1), failover logout and the post-failover tables (§4.1), PIM data
 * lost (§4.2), logouts (§4.3), the exact history cut. Pure functions over an agent-MRD's ordered rows.
 */
package org.outagerecon.rules.timeline;
