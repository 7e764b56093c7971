package cn.perftarget.ui.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** How times and amounts are shown: Beijing time, 2026-03-05 17:00; amounts in 万元 as stored; a missing one as an empty text. */
public final class DateTimes {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BEIJING);

    private DateTimes() {}

    public static String minutes(@Nullable Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }

    public static String seconds(@Nullable Instant at) {
        return at == null ? "" : SECONDS.format(at);
    }

    public static String day(@Nullable Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public static String amount(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
