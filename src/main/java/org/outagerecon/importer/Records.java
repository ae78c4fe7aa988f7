package org.outagerecon.importer;

import java.io.Closeable;
import java.io.IOException;

/** The records of one source after its header: the lines of a CSV file, or the rows of an HDS table. */
interface Records extends Closeable {

    /** The next record, null after the last. */
    SourceRecord next() throws IOException;
}
