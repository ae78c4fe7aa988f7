/**
 * Composition: the rules applied together to one agent-MRD and one window, giving everything the job writes
 * for it. Pure; the job above feeds it rows and writes what it returns.
 */
package org.outagerecon.agentmrd;
