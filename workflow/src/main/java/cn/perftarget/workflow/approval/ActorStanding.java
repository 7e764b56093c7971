package cn.perftarget.workflow.approval;

import cn.perftarget.domain.user.AppUser;
import org.jspecify.annotations.Nullable;

/**
 * What the acting user's standing on a waiting task is, read with the task (after the table's lock) in one statement
 * instead of one each: the fiscal section the round was routed to (a variable of the instance), whether the user is a
 * candidate (member of one of the task's candidate groups) and whether the user authored what is under review
 * (separation of duties). For any other user — a delegation's target — {@link TaskGuard} asks the database.
 *
 * @param routedSection the code of the section the routing chose; null before the routing ran
 */
record ActorStanding(String username, @Nullable String routedSection, boolean candidate, boolean author) {

    boolean isFor(AppUser user) {
        return username.equals(user.username());
    }
}
