package cn.perftarget.domain.demo;

import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: on by default with the embedded database, off with an external one, unless
 * {@code perftarget.demo.enabled} says otherwise. Creates the demo organisation and the demo users that do not exist
 * yet (never changing an existing one) and loads the seed tables as drafts of their units. The demo users' password
 * ({@code demo123}) and second-factor secret are published in the README: demo mode is for a machine of one's own,
 * and the server then listens on 127.0.0.1 only unless {@code server.address} says otherwise. Then publishes
 * {@link DemoDataLoaded}.
 */
@Component
@Order(10)
public class DemoMode implements ApplicationRunner {

    /**
     * The TOTP secret (Base32) of the demo users whose role signs in with a second factor (admin, anquan, shenjiguan,
     * yunwei): public, in the README, so that a demo user can add it to an authenticator app.
     */
    public static final String DEMO_TOTP_SECRET = "PERFTARGETDEMOTOTPSECRETQHDABCDE";

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final DemoOrganisationLoader organisationLoader;
    private final DemoTablesLoader tablesLoader;
    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final String enabled;
    private final String password;
    private final ApplicationEventPublisher events;

    public DemoMode(
            DemoOrganisationLoader organisationLoader,
            DemoTablesLoader tablesLoader,
            ObjectProvider<EmbeddedDatabase> embedded,
            @Value("${perftarget.demo.enabled:auto}") String enabled,
            @Value("${perftarget.demo.password:demo123}") String password,
            ApplicationEventPublisher events) {
        this.organisationLoader = organisationLoader;
        this.tablesLoader = tablesLoader;
        this.embedded = embedded;
        this.enabled = enabled;
        this.password = password;
        this.events = events;
    }

    public boolean isOn() {
        return "auto".equalsIgnoreCase(enabled) ? embedded.getIfAvailable() != null : Boolean.parseBoolean(enabled);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!isOn()) {
            return;
        }
        organisationLoader.load(password);
        DemoTablesLoader.Loaded loaded = tablesLoader.load();
        log.info(MessageBundles.domain().chinese(Message.of("demo.ready", loaded.added())));
        events.publishEvent(new DemoDataLoaded(loaded.added(), loaded.seedTables()));
    }
}
