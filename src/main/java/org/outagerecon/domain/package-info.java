/**
 * Ground layer: the values every layer shares (windows, instants, agent states, outages, components, media
 * routing domains, provenance and rule names). Plain Java; imports nothing of the project.
 */
package org.outagerecon.domain;
