package cn.perftarget.domain.integrity;

import cn.perftarget.domain.audit.AnchoredHead;
import cn.perftarget.domain.i18n.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The anchors as read and checked: what is wrong with their chain, the latest anchored head of every table, the
 * latest anchor, and each anchor's digest by number.
 *
 * @param problems what is wrong with the anchors themselves (changed, missing, relinked)
 * @param heads    the latest anchored head of every table that has one
 * @param latest   the latest anchor, null when there is none
 * @param digests  every anchor's digest by its number
 */
record AnchorHistory(
        List<Message> problems,
        Map<Long, AnchoredHead> heads,
        @Nullable Anchor latest,
        Map<Long, String> digests) {

    static AnchorHistory none() {
        return new AnchorHistory(List.of(), new HashMap<>(), null, new HashMap<>());
    }

    boolean exist() {
        return latest != null;
    }

    long nextNumber() {
        return latest == null ? 1 : latest.anchorNo() + 1;
    }

    String lastDigest() {
        return latest == null ? Anchor.GENESIS : latest.digest();
    }
}
