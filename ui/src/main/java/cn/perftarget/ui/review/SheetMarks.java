package cn.perftarget.ui.review;

import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TableSheet} marks on the table it shows.
 *
 * @param diff     the changes against the previous revision, highlighted; null for none
 * @param findings the rule findings, as badges on their fields and rows
 * @param pins     remarks pinned to fields and rows (批注), shown under them
 * @param onPin    called when the reviewer pins a remark to a field or row; null: no pin buttons
 */
public record SheetMarks(
        @Nullable RevisionDiff diff,
        List<Finding> findings,
        Map<PinTarget, List<String>> pins,
        @Nullable Consumer<PinTarget> onPin) {

    public static final SheetMarks NONE = new SheetMarks(null, List.of(), Map.of(), null);

    public SheetMarks {
        findings = List.copyOf(findings);
        pins = Map.copyOf(pins);
    }

    public SheetMarks withPins(Map<PinTarget, List<String>> newPins) {
        return new SheetMarks(diff, findings, newPins, onPin);
    }
}
