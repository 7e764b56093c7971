package cn.perftarget.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 北京时间, the time of every date the system works with: a review's due day (18:00 of the N-th working day), the
 * year a new table defaults to, the times shown on the screens. One zone for the whole country, so it is a constant
 * and not a setting.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BeijingTime() {}

    /** The calendar day of an instant in Beijing. */
    public static LocalDate day(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    /** Today in Beijing. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
