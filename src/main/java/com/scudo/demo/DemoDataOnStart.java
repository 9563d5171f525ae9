package com.scudo.demo;

import com.scudo.customer.CustomerProfiles;
import com.scudo.platform.ScudoSettings;
import com.scudo.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Fills the default workspace with the demo shop on the first start of the embedded default. */
@Component
@EnableConfigurationProperties(DemoSettings.class)
class DemoDataOnStart implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataOnStart.class);
    private final DemoSettings settings;
    private final ScudoSettings scudo;
    private final CustomerProfiles profiles;
    private final DemoData demo;

    DemoDataOnStart(DemoSettings settings, ScudoSettings scudo, CustomerProfiles profiles, DemoData demo) {
        this.settings = settings;
        this.scudo = scudo;
        this.profiles = profiles;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        WorkspaceId workspace = scudo.defaultWorkspace();
        if (!settings.loadOnStart()) {
            return;
        }
        if (!profiles.isEmpty(workspace)) {
            log.info("Workspace {} already has customers; demo data not loaded again", workspace);
            return;
        }
        log.info("Loading the demo shop into workspace {} ({} customers)...", workspace,
                DemoData.totalCustomers(settings.customers()));
        demo.load(workspace, settings.customers(), settings.seed());
    }
}
