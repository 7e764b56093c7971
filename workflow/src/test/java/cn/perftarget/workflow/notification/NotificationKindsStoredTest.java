package cn.perftarget.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.workflow.WorkflowTestSupport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every kind of notification can be stored: the database's check of the kinds (changed by several migrations, each
 * adding its kinds) lets each of them in.
 */
class NotificationKindsStoredTest extends WorkflowTestSupport {

    @Autowired
    NotificationRepository notifications;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDatabaseAcceptsEveryKind() {
        for (NotificationKind kind : NotificationKind.values()) {
            String recipient = "bianzhi";
            transactions.executeWithoutResult(tx -> {
                notifications.addWithoutTable(
                        List.of(recipient), kind, Message.of("notify.kind." + kind.name()), Instant.now());
                assertThat(jdbc.queryForList(
                                "select kind from notification where recipient = ? and table_id is null"
                                        + " order by id desc limit 1",
                                String.class,
                                recipient))
                        .containsExactly(kind.name());
                tx.setRollbackOnly();
            });
        }
    }
}
