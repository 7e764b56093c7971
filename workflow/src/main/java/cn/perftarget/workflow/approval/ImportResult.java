package cn.perftarget.workflow.approval;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportProblem;
import java.util.List;

/**
 * What an import created.
 *
 * @param created  the tables created, in document order
 * @param skipped  one text per table of the document that was not created, with the reason
 * @param problems what the importer could not read
 */
public record ImportResult(List<ActionResult> created, List<Message> skipped, List<ImportProblem> problems) {

    public ImportResult {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }
}
