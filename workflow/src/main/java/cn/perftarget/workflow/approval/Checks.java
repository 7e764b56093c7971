package cn.perftarget.workflow.approval;

import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.TableAccess;

import java.util.Arrays;

/** The plain checks of the actions, with their Chinese messages. */
final class Checks {

    private Checks() {
    }

    /** The comment, stripped; refused when blank. */
    static String requireComment(String comment, String what) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException(what + "必须填写意见");
        }
        return comment.strip();
    }

    /** The comment stripped, or null when blank. */
    static String optional(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    static void requireStatus(TableHandle handle, String action, TableStatus... allowed) {
        TableStatus status = handle.table().status();
        if (Arrays.stream(allowed).noneMatch(s -> s == status)) {
            throw new NotAllowedException("绩效目标表当前为“" + cn.perftarget.domain.i18n.MessageBundles.domain().chinese(status.label()) + "”，不能" + action);
        }
    }

    static void requireDrafter(AppUser user, TableHandle handle, String action) {
        if (!TableAccess.draftsFor(user, handle.table().unitId())) {
            throw new NotAllowedException("只有本单位的编制人可以" + action);
        }
    }
}
