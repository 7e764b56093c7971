package cn.perftarget.ui.format;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.ui.i18n.EnumKeys;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.export.ExportFormat;
import cn.perftarget.workflow.history.AuditNote;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The comment of an audit entry in the reader's language: what the workflow wrote (评级, 转办给, 调整原因, 已提醒, 导出格式 …)
 * from the bundles, what a person wrote as written.
 */
public final class AuditNoteText {

    private AuditNoteText() {}

    /** The whole comment; empty when there is none. */
    public static String of(AuditEntry entry, Function<String, String> displayName) {
        AuditNote note = AuditNote.parse(entry.action(), entry.comment());
        if (note == null) {
            return "";
        }
        if (note instanceof AuditNote.AdjustmentReason r) {
            return TranslationProvider.text("history.note.adjustment", r.reason());
        }
        String part = workflowPart(note, displayName);
        String words = note.personsWords();
        if (part == null) {
            return words == null ? "" : words;
        }
        return words == null || words.isBlank()
                ? part
                : TranslationProvider.text("history.note.withWords", part, words);
    }

    /** What the workflow wrote, translated; null for a comment that is all a person's words. */
    public static @Nullable String workflowPart(AuditNote note, Function<String, String> displayName) {
        if (note instanceof AuditNote.Graded g) {
            return TranslationProvider.text(
                    "history.note.graded", TranslationProvider.text(EnumKeys.GRADE.key(g.grade())));
        }
        if (note instanceof AuditNote.Transfer t) {
            return TranslationProvider.text("history.note.transfer", t.displayName(), t.username());
        }
        if (note instanceof AuditNote.Exported x) {
            String format = ExportFormat.ofExtension(x.extension())
                    .map(f -> TranslationProvider.text(f.labelKey()))
                    .orElse(x.extension());
            return TranslationProvider.text(
                    x.currentContent() ? "history.note.exportedCurrent" : "history.note.exported", format);
        }
        if (note instanceof AuditNote.PublicationExported x) {
            return TranslationProvider.text(
                    "history.note.publicationExported", x.departmentCode(), String.valueOf(x.fiscalYear()), x.format());
        }
        if (note instanceof AuditNote.Recipients r) {
            boolean remind = r.action() == AuditAction.REMIND;
            if (r.usernames().isEmpty()) {
                return TranslationProvider.text(
                        remind ? "history.note.remindedNobody" : "history.note.escalatedNobody");
            }
            String names = r.usernames().stream()
                    .map(displayName)
                    .collect(Collectors.joining(TranslationProvider.text("history.note.nameSeparator")));
            return TranslationProvider.text(remind ? "history.note.reminded" : "history.note.escalated", names);
        }
        return null;
    }
}
