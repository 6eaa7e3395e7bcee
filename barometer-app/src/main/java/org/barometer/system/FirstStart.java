package org.barometer.system;

import org.barometer.account.DemoAccounts;
import org.barometer.importer.SampleIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What `serve` does to a fresh store before it takes its first request: load the sample issue, then create the
 * demo accounts (the admin, the editor, one analyst per relationship of that issue and one for security).
 */
@Component
class FirstStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final SampleIssue sample;
    private final DemoAccounts demoAccounts;
    private final boolean loadSample;
    private final boolean createDemoAccounts;

    FirstStart(SampleIssue sample, DemoAccounts demoAccounts,
               @Value("${barometer.sample.load:false}") boolean loadSample,
               @Value("${barometer.demo-accounts:false}") boolean createDemoAccounts) {
        this.sample = sample;
        this.demoAccounts = demoAccounts;
        this.loadSample = loadSample;
        this.createDemoAccounts = createDemoAccounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (loadSample) {
            sample.loadIntoEmptyStore().ifPresent(result -> log.info(
                    "The store was empty: loaded the sample issue No. {} with {} findings", result.issue().number(), result.findings().size()));
        }
        if (createDemoAccounts) {
            demoAccounts.createIfNoAccounts(System.out);
        }
    }
}
