package cn.perftarget.domain.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the chains are checked: at start, before anything else writes (unless {@code perftarget.audit.check-at-start}
 * is false), and every {@code perftarget.audit.check-interval} (ISO-8601 or {@code 30m}, {@code 1h}; default one
 * hour) after the end of the check before. Each node of a cluster keeps this schedule; the check's advisory lock lets
 * one of them check at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(1)
class IntegritySchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IntegritySchedule.class);

    private final IntegrityCheck check;
    private final boolean atStart;

    IntegritySchedule(IntegrityCheck check, @Value("${perftarget.audit.check-at-start:true}") boolean atStart) {
        this.check = check;
        this.atStart = atStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (atStart) {
            check.run();
        }
    }

    @Scheduled(
            fixedDelayString = "${perftarget.audit.check-interval:PT1H}",
            initialDelayString = "${perftarget.audit.check-interval:PT1H}")
    void scheduled() {
        try {
            check.run();
        } catch (RuntimeException e) {
            log.error("audit chains: the scheduled check failed to run", e);
        }
    }
}
