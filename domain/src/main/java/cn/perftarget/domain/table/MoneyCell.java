package cn.perftarget.domain.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount cell in 万元 (ten thousand yuan), kept exactly as written.
 * The parsed amount is derived from the text; a blank or unreadable cell has no amount.
 */
public record MoneyCell(String text) {

    public static final MoneyCell BLANK = new MoneyCell("");

    public MoneyCell {
        text = text == null ? "" : text;
    }

    /** A cell typed in the editor: always two decimals. */
    public static MoneyCell of(BigDecimal amount) {
        return amount == null
                ? BLANK
                : new MoneyCell(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The amount in 万元, when the text is a plain number (full-width digits and a trailing 万元 tolerated). */
    public Optional<BigDecimal> amount() {
        return Numbers.parseDecimal(text.replace("万元", "").replace("万", ""));
    }
}
