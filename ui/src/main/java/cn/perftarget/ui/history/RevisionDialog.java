package cn.perftarget.ui.history;

import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.review.SheetMarks;
import cn.perftarget.ui.review.TableSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One revision of the table, read-only, with what changed since the revision before it. Id: {@code revision-dialog}. */
class RevisionDialog extends Dialog {

    /** @param before the revision before it, null for the first */
    RevisionDialog(Revision revision, @Nullable Revision before, Function<String, String> displayName) {
        setId("revision-dialog");
        setHeaderTitle(getTranslation(
                "history.revision.title",
                revision.revisionNo(),
                revision.kind(),
                displayName.apply(revision.createdBy()),
                DateTimes.minutes(revision.createdAt())));
        RevisionDiff diff = before == null ? null : RevisionDiff.between(before.snapshot(), revision.snapshot());
        Span summary = new Span(
                before == null || diff == null
                        ? getTranslation("history.revision.first")
                        : getTranslation(
                                "history.revision.diff",
                                before.revisionNo(),
                                diff.fields().size(),
                                diff.rows().size()));
        summary.setId("revision-diff-summary");
        add(summary, new TableSheet(revision.snapshot(), new SheetMarks(diff, List.of(), Map.of(), null)));
        setWidth("80vw");
        Button close = new Button(getTranslation("history.close"), e -> close());
        close.setId("revision-dialog-close");
        getFooter().add(close);
    }
}
