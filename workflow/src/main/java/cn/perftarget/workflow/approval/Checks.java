package cn.perftarget.workflow.approval;

import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The plain checks of the actions; each refusal names its text by a key of the workflow bundle. */
final class Checks {

    private Checks() {}

    /** The comment, stripped; refused when blank. */
    static String requireComment(@Nullable String comment, String refusalKey) {
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of(InvalidInputException.Input.COMMENT, refusalKey);
        }
        return comment.strip();
    }

    /** The comment stripped, or null when blank. */
    static @Nullable String optional(@Nullable String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** @param refusalKey the text of the refusal, with the table's status as its argument */
    static void requireStatus(TableHandle handle, String refusalKey, TableStatus... allowed) {
        TableStatus status = handle.table().status();
        if (Arrays.stream(allowed).noneMatch(s -> s == status)) {
            throw NotAllowedException.of(refusalKey, status);
        }
    }

    static void requireDrafter(AppUser user, TableHandle handle) {
        if (!TableAccess.draftsFor(user, handle.table().unitId())) {
            throw NotAllowedException.of("error.drafter.onlyOwnUnit");
        }
    }
}
