package org.outagerecon;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context behind every command: data source, Flyway, jOOQ, Spring Batch. */
@SpringBootApplication
public class OutageReconApplication {
}
