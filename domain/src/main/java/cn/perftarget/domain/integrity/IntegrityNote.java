package cn.perftarget.domain.integrity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The details of an AUDIT_CHECK entry of the security log, in a fixed form read back by the check (the anchor and its
 * digest) and by the health endpoint (the broken chains): {@code anchor=12 digest=… chains=345 entries=6789} after a
 * check that held, {@code broken=table:12,security-log more=0} after one that failed.
 */
final class IntegrityNote {

    /** the most chains named in one entry; {@code more} counts the others */
    static final int MAX_NAMED = 40;

    private IntegrityNote() {}

    static String of(IntegrityReport report) {
        if (report.intact()) {
            return "anchor=" + report.anchorNo() + " digest=" + report.digest() + " chains=" + report.chains()
                    + " entries=" + report.entries();
        }
        List<String> ids = report.broken().stream().map(BrokenChain::id).toList();
        int named = Math.min(ids.size(), MAX_NAMED);
        return "broken=" + String.join(",", ids.subList(0, named)) + " more=" + (ids.size() - named);
    }

    /** The fields of a note; empty for a blank one. */
    static Map<String, String> fields(@Nullable String details) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (details == null) {
            return fields;
        }
        for (String part : details.strip().split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return fields;
    }

    /** The chains a note names as broken, in its order. */
    static List<String> broken(@Nullable String details) {
        String list = fields(details).get("broken");
        List<String> ids = new ArrayList<>();
        if (list != null && !list.isEmpty()) {
            ids.addAll(List.of(list.split(",")));
        }
        return ids;
    }
}
