/** Top: the picocli command line; every command ends in an exit code of data-contract §3. */
package org.outagerecon.cli;
