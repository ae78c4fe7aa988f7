/**
 * Synthetic HDS extracts around component outages, for trying the job and testing it at any size:
 * {@link org.outagerecon.generate.DatasetGenerator}.
 */
package org.outagerecon.generate;
