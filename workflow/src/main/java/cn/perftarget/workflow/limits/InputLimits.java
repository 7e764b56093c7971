package cn.perftarget.workflow.limits;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How large each input of the approval service may be, and the refusal when it is larger — the same for the screens
 * and any API, checked before anything is parsed or stored. Configurable ({@code perftarget.limits.*}):
 * <ul>
 *   <li>{@code paste-bytes} (2 MiB, UTF-8) and {@code paste-lines} (20,000): a pasted document;
 *   <li>{@code comment-chars} (2,000): an opinion, a reason, a comment;
 *   <li>{@code long-field-chars} (10,000): 资金用途 and 绩效目标; {@code short-field-chars} (500): every other field;
 *   <li>{@code indicator-rows} (500) and {@code cell-chars} (2,000): the indicator rows and each of their cells;
 *   <li>{@code upload-files} (20) and {@code upload-bytes} (20 MiB each): the Word and Excel files of one import;
 *       each file's other limits (ZIP entries, unpacked size, inflate ratio, table cells) are the Office guard's
 *       ({@link OfficeLimits#DEFAULTS});
 *   <li>a department part: 总体绩效目标, 分项绩效目标 as written and 保障措施 as long fields, as many items as indicator
 *       rows, each item's title as a short field, its goal and indicator as cells;
 *   <li>usernames: 64 characters, as stored.
 * </ul>
 */
@Component
public class InputLimits {

    private static final int USERNAME_CHARS = 64;
    private static final double MIB = 1024.0 * 1024.0;
    private static final List<TableField> LONG_FIELDS = List.of(TableField.FUND_PURPOSE, TableField.GOALS);

    private final long pasteBytes;
    private final int pasteLines;
    private final int commentChars;
    private final int longFieldChars;
    private final int shortFieldChars;
    private final int indicatorRows;
    private final int cellChars;
    private final int uploadFiles;
    private final OfficeLimits office;

    public InputLimits(
            @Value("${perftarget.limits.paste-bytes:2097152}") long pasteBytes,
            @Value("${perftarget.limits.paste-lines:20000}") int pasteLines,
            @Value("${perftarget.limits.comment-chars:2000}") int commentChars,
            @Value("${perftarget.limits.long-field-chars:10000}") int longFieldChars,
            @Value("${perftarget.limits.short-field-chars:500}") int shortFieldChars,
            @Value("${perftarget.limits.indicator-rows:500}") int indicatorRows,
            @Value("${perftarget.limits.cell-chars:2000}") int cellChars,
            @Value("${perftarget.limits.upload-files:20}") int uploadFiles,
            @Value("${perftarget.limits.upload-bytes:20971520}") long uploadBytes) {
        this.pasteBytes = pasteBytes;
        this.pasteLines = pasteLines;
        this.commentChars = commentChars;
        this.longFieldChars = longFieldChars;
        this.shortFieldChars = shortFieldChars;
        this.indicatorRows = indicatorRows;
        this.cellChars = cellChars;
        this.uploadFiles = uploadFiles;
        this.office = OfficeLimits.DEFAULTS.withMaxBytes(uploadBytes);
    }

    /** The defaults, for tools and tests. */
    public static InputLimits defaults() {
        return new InputLimits(2L * 1024 * 1024, 20_000, 2_000, 10_000, 500, 500, 2_000, 20, 20L * 1024 * 1024);
    }

    /** A pasted document: its size in UTF-8 and its lines (counted without reading past the limit). */
    public void paste(@Nullable String text) {
        if (text == null) {
            return;
        }
        long bytes = utf8Bytes(text, pasteBytes + 1);
        if (bytes > pasteBytes) {
            throw InvalidInputException.of(
                    Input.DOCUMENT,
                    "error.limit.pasteBytes",
                    megabytes(utf8Bytes(text, Long.MAX_VALUE)),
                    megabytes(pasteBytes));
        }
        long lines = lines(text, pasteLines + 1L);
        if (lines > pasteLines) {
            throw InvalidInputException.of(
                    Input.DOCUMENT, "error.limit.pasteLines", lines(text, Long.MAX_VALUE), pasteLines);
        }
    }

    /** The number of files of one import from files: at least one, at most {@code upload-files}. */
    public void uploads(int files) {
        if (files == 0) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.upload.required");
        }
        if (files > uploadFiles) {
            throw InvalidInputException.of(Input.DOCUMENT, "error.limit.uploadFiles", files, uploadFiles);
        }
    }

    /** The limits of each uploaded Office file (its size: {@code upload-bytes}), checked before any parser sees it. */
    public OfficeLimits office() {
        return office;
    }

    public int uploadFiles() {
        return uploadFiles;
    }

    /** An opinion, reason or comment. */
    public void comment(@Nullable String comment) {
        if (comment != null && comment.length() > commentChars) {
            throw InvalidInputException.of(Input.COMMENT, "error.limit.comment", comment.length(), commentChars);
        }
    }

    /** A username given as input (the colleague of a transfer). */
    public void username(@Nullable String username) {
        if (username != null && username.length() > USERNAME_CHARS) {
            throw InvalidInputException.of(Input.COLLEAGUE, "error.limit.username", USERNAME_CHARS);
        }
    }

    /** A table's content: every field, the number of indicator rows and each of their cells. */
    public void content(@Nullable TargetTable table) {
        contentProblem(table).ifPresent(problem -> {
            throw new InvalidInputException(Input.CONTENT, problem);
        });
    }

    /** What makes a table's content too large, if anything (an import skips such a table with this text). */
    public Optional<Message> contentProblem(@Nullable TargetTable table) {
        if (table == null) {
            return Optional.empty();
        }
        for (TableField field : TableField.values()) {
            int limit = LONG_FIELDS.contains(field) ? longFieldChars : shortFieldChars;
            int length = field.valueOf(table).length();
            if (length > limit) {
                return Optional.of(Message.of("error.limit.field", Message.of(field.labelKey()), length, limit));
            }
        }
        if (table.indicators().size() > indicatorRows) {
            return Optional.of(Message.of("error.limit.rows", table.indicators().size(), indicatorRows));
        }
        for (int i = 0; i < table.indicators().size(); i++) {
            IndicatorRow row = table.indicators().get(i);
            for (IndicatorColumn column : IndicatorColumn.values()) {
                int length = column.valueOf(row).length();
                if (length > cellChars) {
                    return Optional.of(
                            Message.of("error.limit.cell", i + 1, Message.of(column.labelKey()), length, cellChars));
                }
            }
        }
        return Optional.empty();
    }

    /** A department part (部门整体绩效目标): its sections, the number of its items and each of their texts. */
    public void departmentPart(@Nullable DepartmentTargets part) {
        if (part == null) {
            return;
        }
        text("department.field.overallGoal", part.overallGoal(), longFieldChars);
        text("department.field.subTargetText", part.subTargetText(), longFieldChars);
        text("department.field.measures", part.measures(), longFieldChars);
        if (part.subTargets().size() > indicatorRows) {
            throw InvalidInputException.of(
                    Input.CONTENT, "error.limit.items", part.subTargets().size(), indicatorRows);
        }
        for (int i = 0; i < part.subTargets().size(); i++) {
            SubTarget item = part.subTargets().get(i);
            item(i, "department.field.itemTitle", item.title(), shortFieldChars);
            item(i, "department.field.itemGoal", item.goal(), cellChars);
            item(i, "department.field.itemIndicator", item.indicator(), cellChars);
        }
    }

    private static void text(String labelKey, String text, int limit) {
        if (text.length() > limit) {
            throw InvalidInputException.of(
                    Input.CONTENT, "error.limit.field", Message.of(labelKey), text.length(), limit);
        }
    }

    private static void item(int index, String labelKey, String text, int limit) {
        if (text.length() > limit) {
            throw InvalidInputException.of(
                    Input.CONTENT, "error.limit.item", index + 1, Message.of(labelKey), text.length(), limit);
        }
    }

    public long pasteBytes() {
        return pasteBytes;
    }

    public int pasteLines() {
        return pasteLines;
    }

    public int commentChars() {
        return commentChars;
    }

    public int longFieldChars() {
        return longFieldChars;
    }

    public int shortFieldChars() {
        return shortFieldChars;
    }

    public int cellChars() {
        return cellChars;
    }

    /** The text's length in UTF-8, counted up to {@code stop} (then that is returned: enough to refuse). */
    static long utf8Bytes(String text, long stop) {
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes < stop; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isSurrogate(c)) {
                bytes += 2; // four for the pair
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The text's lines as {@link String#lines()} counts them, counted up to {@code stop}. */
    static long lines(String text, long stop) {
        if (text.isEmpty()) {
            return 0;
        }
        long lines = 1;
        int n = text.length();
        for (int i = 0; i < n && lines < stop; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (i + 1 < n) {
                    lines++;
                }
            }
        }
        return lines;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / MIB);
    }
}
