package cn.perftarget.domain.integrity;

import cn.perftarget.domain.i18n.Message;
import java.util.List;

/**
 * A chain that failed verification.
 *
 * @param id       which chain: {@code table:<id>} (a table's audit history), {@code security-log} or {@code anchors}
 * @param name     the chain named for people
 * @param problems what was found
 */
public record BrokenChain(String id, Message name, List<Message> problems) {

    static final String SECURITY_LOG = "security-log";
    static final String ANCHORS = "anchors";

    public BrokenChain {
        problems = List.copyOf(problems);
    }

    static BrokenChain table(long tableId, List<Message> problems) {
        return new BrokenChain(
                "table:" + tableId, Message.of("integrity.chain.table", String.valueOf(tableId)), problems);
    }

    static BrokenChain securityLog(List<Message> problems) {
        return new BrokenChain(SECURITY_LOG, Message.of("integrity.chain.securityLog"), problems);
    }

    static BrokenChain anchors(List<Message> problems) {
        return new BrokenChain(ANCHORS, Message.of("integrity.chain.anchors"), problems);
    }
}
