package cn.perftarget.ui.export;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.export.ExportFormat;
import cn.perftarget.workflow.export.TableExports;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * 下载 of one table: Word, PDF, Excel of its current content and, once approved, of its 批复 version — each a link to
 * a file {@link TableExports} makes (and audits) when it is clicked. Ids: {@code download-docx|pdf|xlsx} and
 * {@code download-approved-docx|pdf|xlsx}.
 */
public final class TableDownloads extends Div {

    /**
     * @param approvedRevisionId the 批复 revision in force, null before the first approval
     * @param approvedRevisionNo its number, shown beside it
     */
    public TableDownloads(
            AppUser user,
            long tableId,
            @Nullable Long approvedRevisionId,
            int approvedRevisionNo,
            TableExports exports) {
        setId("table-downloads");
        addClassName("table-downloads");
        getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "center")
                .set("gap", "0.25em");
        Span label = new Span(getTranslation("export.download"));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(label);
        for (ExportFormat f : ExportFormat.values()) {
            add(Downloads.link(id(f, false), getTranslation(f.labelKey()), () -> exports.current(user, tableId, f)));
        }
        if (approvedRevisionId != null) {
            long revision = approvedRevisionId;
            Span approved = new Span(getTranslation("export.download.approved", approvedRevisionNo));
            approved.getStyle()
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("margin-left", "0.75em");
            add(approved);
            for (ExportFormat f : ExportFormat.values()) {
                add(Downloads.link(
                        id(f, true), getTranslation(f.labelKey()), () -> exports.revision(user, tableId, revision, f)));
            }
        }
    }

    private static String id(ExportFormat f, boolean approved) {
        return switch (f) {
            case DOCX -> approved ? "download-approved-docx" : "download-docx";
            case PDF -> approved ? "download-approved-pdf" : "download-pdf";
            case XLSX -> approved ? "download-approved-xlsx" : "download-xlsx";
        };
    }
}
