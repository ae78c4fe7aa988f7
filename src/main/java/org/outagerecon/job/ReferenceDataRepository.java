package org.outagerecon.job;

import static org.outagerecon.db.hds.Tables.AGENT;
import static org.outagerecon.db.hds.Tables.MEDIA_ROUTING_DOMAIN;
import static org.outagerecon.db.recon.Tables.OUTAGE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Instants;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Repository;

@Repository
public class ReferenceDataRepository {

    private final DSLContext dsl;
    private final Environment environment;

    public ReferenceDataRepository(DSLContext dsl, Environment environment) {
        this.dsl = dsl;
        this.environment = environment;
    }

    public ReferenceData load() {
        Map<Integer, Integer> peripheralByAgent = new HashMap<>();
        dsl.select(AGENT.SKILL_TARGET_ID, AGENT.PERIPHERAL_ID).from(AGENT)
                .forEach(agent -> peripheralByAgent.put(agent.value1(), agent.value2()));
        Map<Integer, MediaRoutingDomain> mrds = new HashMap<>();
        dsl.selectFrom(MEDIA_ROUTING_DOMAIN).forEach(mrd -> mrds.put(mrd.getMrDomainId(),
                new MediaRoutingDomain(mrd.getMrDomainId(), MediaClass.valueOf(mrd.getMediaClass()),
                        mrd.getTaskLifeS() != null ? mrd.getTaskLifeS() : MediaRoutingDomain.DEFAULT_TASK_LIFE_S)));
        long orphanMillis = environment.getRequiredProperty("recon.orphan-minutes", Long.class) * 60_000;
        return new ReferenceData(peripheralByAgent, mrds, confirmedOutages(), orphanMillis);
    }

    /**
     * rules.md: only CONFIRMED outages apply; in the order of §4. An mr_domain_id the component does not use
     * (data-contract.md §1: of a PIM, PG, ... outage) is ignored; a peripheral_id is kept, for the gap rows even
     * where it only labels them (§3: MR_PG, MR_PIM, CHAT_SERVER).
     */
    public List<Outage> confirmedOutages() {
        return dsl.selectFrom(OUTAGE).where(OUTAGE.STATUS.eq("CONFIRMED")).fetch(outage -> {
            Component component = Component.valueOf(outage.getComponent());
            boolean namesMrd = component.scope() == Component.Scope.MEDIA_ROUTING_DOMAIN
                    || component == Component.AGENT_PG_CTI;
            return new Outage(outage.getOutageId(), component, outage.getPeripheralId(), namesMrd ? outage.getMrDomainId() : null, Instants.millis(outage.getStartedAt()),
                    outage.getEndedAt() == null ? Outage.OPEN : Instants.millis(outage.getEndedAt()));
        }).stream().sorted(Outage.APPLICATION_ORDER).toList();
    }
}
