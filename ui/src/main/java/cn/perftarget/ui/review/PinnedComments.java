package cn.perftarget.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's comment with remarks pinned to fields or rows (批注), stored as the action's one comment text so the
 * audit history and the notifications keep it as it was written:
 * <pre>
 * 总体意见（可多行）
 * 【项目名称】名称应与预算项目一致
 * 【第3行指标】指标值缺少单位
 * </pre>
 * A line that starts with 【label】 naming a {@link PinTarget} ({@link PinTarget#storedLabel()}, the same in every
 * language) is a pin; every other line belongs to the general part.
 */
public record PinnedComments(String general, List<Pin> pins) {

    private static final Pattern PIN_LINE = Pattern.compile("^【([^】]{1,40})】(.*)$");

    public PinnedComments {
        general = general == null ? "" : general.strip();
        pins = List.copyOf(pins);
    }

    public static PinnedComments parse(@Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            return new PinnedComments("", List.of());
        }
        List<String> general = new ArrayList<>();
        List<Pin> pins = new ArrayList<>();
        for (String line : comment.split("\\R")) {
            Matcher m = PIN_LINE.matcher(line.strip());
            var target = m.matches() ? PinTarget.parse(m.group(1)) : java.util.Optional.<PinTarget>empty();
            if (target.isPresent() && !m.group(2).isBlank()) {
                pins.add(new Pin(target.get(), m.group(2).strip()));
            } else {
                general.add(line);
            }
        }
        return new PinnedComments(String.join("\n", general), pins);
    }

    /** The comment text to store; null when there is nothing at all. */
    public @Nullable String format() {
        StringBuilder b = new StringBuilder(general);
        for (Pin pin : pins) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append('【')
                    .append(pin.target().storedLabel())
                    .append('】')
                    .append(pin.text().replaceAll("\\R", " ").strip());
        }
        return b.isEmpty() ? null : b.toString();
    }

    public boolean isEmpty() {
        return general.isEmpty() && pins.isEmpty();
    }

    /** The pins per target, in the order they were written. */
    public Map<PinTarget, List<String>> byTarget() {
        return pins.stream()
                .collect(Collectors.groupingBy(
                        Pin::target, java.util.LinkedHashMap::new, Collectors.mapping(Pin::text, Collectors.toList())));
    }

    /** One remark pinned to a field or row. */
    public record Pin(PinTarget target, String text) {}
}
