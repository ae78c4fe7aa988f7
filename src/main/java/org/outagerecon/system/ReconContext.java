package org.outagerecon.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.outagerecon.OutageReconApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for one database; the schema is migrated on first use. */
public final class ReconContext {

    private ReconContext() {
    }

    public static ConfigurableApplicationContext start(DatabaseSettings database, Map<String, Object> settings) {
        Map<String, Object> properties = new LinkedHashMap<>(database.springProperties());
        properties.putAll(settings);
        return new SpringApplicationBuilder(OutageReconApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .logStartupInfo(false)
                .run();
    }
}
