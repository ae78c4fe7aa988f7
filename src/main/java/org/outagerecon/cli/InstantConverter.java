package org.outagerecon.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An ISO-8601 instant with {@code Z} or an offset ({@code 2026-11-19T00:00:00Z}, {@code …T01:00:00+01:00}). */
final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not an ISO-8601 instant with an offset, "
                    + "e.g. 2026-11-19T00:00:00Z");
        }
    }
}
