package cn.perftarget.workflow.export;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * 导出 of one table as .docx, .pdf or .xlsx in the published layout, for the screens and any API: its current content
 * or one of its revisions (e.g. the 批复 one). Read within the user's scope like every read ({@code TableAccess}): a
 * table outside it is {@link NotFoundException#table()} (内容不存在或无权访问), written to the security log as a
 * refusal. Every export writes one audit entry on the table's chain and one EXPORT entry in the security log.
 */
@Service
public class TableExports {

    private final TableExport export;
    private final ServiceGate gate;

    TableExports(TableExport export, ServiceGate gate) {
        this.export = export;
        this.gate = gate;
    }

    /** The table as it is stored now (the working copy). */
    public ExportedFile current(AppUser user, long tableId, ExportFormat format) {
        return run(user, ServiceAction.EXPORT_TABLE, "table:" + tableId, u -> export.export(u, tableId, null, format));
    }

    /** One of the table's frozen revisions; a revision of another table is "内容不存在或无权访问". */
    public ExportedFile revision(AppUser user, long tableId, long revisionId, ExportFormat format) {
        return run(
                user,
                ServiceAction.EXPORT_TABLE,
                "table:" + tableId + " revision:" + revisionId,
                u -> export.export(u, tableId, revisionId, format));
    }

    private <T> T run(AppUser user, ServiceAction serviceAction, String target, Function<AppUser, T> action) {
        return gate.enter(user, serviceAction, target, action);
    }
}
