package org.outagerecon.generate;

import java.util.SplittableRandom;

/** The random work of one media routing domain, one episode at a time. */
interface Activity {

    /** The next episode of an agent who is free (Ready or Not Active) from {@code from}; it ends free again. */
    Episode next(long from, SplittableRandom rng);
}
