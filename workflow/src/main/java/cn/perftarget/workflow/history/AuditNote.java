package cn.perftarget.workflow.history;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.audit.AuditAction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the workflow itself writes into an audit entry's comment, beside the user's own words: the grade (评级), the
 * colleague a task was transferred to (转办), the reason of an adjustment (调整原因), who was reminded (提醒) or told
 * of an overdue review (上报), the format of an export (导出格式), the publication document a revision was exported in (导出). The audit keeps them in a fixed Chinese form — it is read as stored, also without the
 * app, and its entries never change — and {@link #parse} gives them back typed, so that a screen shows them in the
 * reader's language. The user's own words stay as written.
 */
public sealed interface AuditNote {

    /** The comment as stored. */
    String format();

    /** What a person wrote in it (a comment, a reason), without the workflow's part; null when nobody wrote anything. */
    @Nullable
    String personsWords();

    /** 评级：优。意见 */
    record Graded(Grade grade, @Nullable String comment) implements AuditNote {
        private static final Pattern FORM = Pattern.compile("评级：(优|良|中|差)(?:。(.*))?", Pattern.DOTALL);

        @Override
        public String format() {
            return "评级：" + grade.value() + (comment == null ? "" : "。" + comment);
        }

        @Override
        public @Nullable String personsWords() {
            return comment;
        }
    }

    /** 转办给张财政（caizheng）：意见 */
    record Transfer(
            String displayName, String username, @Nullable String comment) implements AuditNote {
        private static final Pattern FORM = Pattern.compile("转办给(.*)（([^（）]+)）(?:：(.*))?", Pattern.DOTALL);

        @Override
        public String format() {
            return "转办给" + displayName + "（" + username + "）" + (comment == null ? "" : "：" + comment);
        }

        @Override
        public @Nullable String personsWords() {
            return comment;
        }
    }

    /** 调整原因：原因 (the comment of the submission that starts an adjustment round) */
    record AdjustmentReason(String reason) implements AuditNote {
        private static final String PREFIX = "调整原因：";

        @Override
        public String format() {
            return PREFIX + reason;
        }

        @Override
        public String personsWords() {
            return reason;
        }
    }

    /** 已提醒：a、b (reminder) or 已上报：a、b (escalation); no recipients: nobody could be told. */
    record Recipients(AuditAction action, List<String> usernames) implements AuditNote {
        private static final String SEPARATOR = "、";

        public Recipients {
            usernames = List.copyOf(usernames);
        }

        @Override
        public String format() {
            boolean remind = action == AuditAction.REMIND;
            if (usernames.isEmpty()) {
                return remind ? "已提醒：（无审核人）" : "已上报：（未设负责人）";
            }
            return (remind ? "已提醒：" : "已上报：") + String.join(SEPARATOR, usernames);
        }

        @Override
        public @Nullable String personsWords() {
            return null;
        }

        static Optional<AuditNote> parse(AuditAction action, String comment) {
            String prefix = action == AuditAction.REMIND ? "已提醒：" : "已上报：";
            if (!comment.startsWith(prefix)) {
                return Optional.empty();
            }
            String rest = comment.substring(prefix.length());
            List<String> names = rest.startsWith("（")
                    ? List.of()
                    : Arrays.stream(rest.split(SEPARATOR))
                            .filter(s -> !s.isBlank())
                            .toList();
            return Optional.of(new Recipients(action, names));
        }
    }

    /**
     * 导出格式：docx (a chosen revision, the entry's revision) or 导出格式：docx（当前内容） (the table's content as it
     * stood, no revision): which file the user took away.
     *
     * @param extension      the file's extension: docx, pdf, xlsx
     * @param currentContent the table's working copy rather than a frozen revision
     */
    record Exported(String extension, boolean currentContent) implements AuditNote {
        private static final Pattern FORM = Pattern.compile("导出格式：([a-z]+)(（当前内容）)?");

        @Override
        public String format() {
            return "导出格式：" + extension + (currentContent ? "（当前内容）" : "");
        }

        @Override
        public @Nullable String personsWords() {
            return null;
        }
    }

    /**
     * 已导出至部门预算绩效信息（442，2021年，docx）: the table's 批复 revision (the entry's revision) went into the publication
     * document of its department and year, in that format.
     */
    record PublicationExported(String departmentCode, int fiscalYear, String format) implements AuditNote {
        private static final Pattern FORM = Pattern.compile("已导出至部门预算绩效信息（([^，（）]+)，(\\d{4})年，([a-z]+)）");

        @Override
        public String format() {
            return "已导出至部门预算绩效信息（" + departmentCode + "，" + fiscalYear + "年，" + format + "）";
        }

        @Override
        public @Nullable String personsWords() {
            return null;
        }
    }

    /** A comment written by a person, as written. */
    record Plain(String text) implements AuditNote {
        @Override
        public String format() {
            return text;
        }

        @Override
        public String personsWords() {
            return text;
        }
    }

    /** The note of an entry's comment; null for no comment. Anything not in a known form is {@link Plain}. */
    static @Nullable AuditNote parse(AuditAction action, @Nullable String comment) {
        if (comment == null) {
            return null;
        }
        Optional<AuditNote> note = switch (action) {
            case GRADE -> match(Graded.FORM, comment).map(m -> new Graded(grade(m.group(1)), m.group(2)));
            case TRANSFER -> match(Transfer.FORM, comment).map(m -> new Transfer(m.group(1), m.group(2), m.group(3)));
            case SUBMIT ->
                comment.startsWith(AdjustmentReason.PREFIX)
                        ? Optional.of(new AdjustmentReason(comment.substring(AdjustmentReason.PREFIX.length())))
                        : Optional.empty();
            case REMIND, ESCALATE -> Recipients.parse(action, comment);
            case EXPORT ->
                match(Exported.FORM, comment)
                        .<AuditNote>map(m -> new Exported(m.group(1), m.group(2) != null))
                        .or(() -> match(PublicationExported.FORM, comment)
                                .map(m ->
                                        new PublicationExported(m.group(1), Integer.parseInt(m.group(2)), m.group(3))));
            default -> Optional.empty();
        };
        return note.orElseGet(() -> new Plain(comment));
    }

    private static Optional<Matcher> match(Pattern form, String comment) {
        Matcher m = form.matcher(comment);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    private static Grade grade(String value) {
        return Arrays.stream(Grade.values())
                .filter(g -> g.value().equals(value))
                .findFirst()
                .orElseThrow();
    }
}
