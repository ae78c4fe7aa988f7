package org.outagerecon.system;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqSettings {

    /**
     * The migrations use unquoted names, which H2 folds to upper case and PostgreSQL to lower case; jOOQ must
     * render them unquoted too, so that the same generated classes work on both.
     */
    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> configuration.settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }
}
