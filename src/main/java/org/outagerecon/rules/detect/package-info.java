/**
 * Rules, detection: outages nobody recorded, from mass drops and disposition 42 bursts (rules.md §8). Pure
 * functions over ordered drops and tasks; what they need from the rest of history comes through {@link
 * org.outagerecon.rules.detect.MassDrops.Evidence}.
 */
package org.outagerecon.rules.detect;
