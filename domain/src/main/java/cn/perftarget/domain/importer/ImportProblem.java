package cn.perftarget.domain.importer;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;

/**
 * Something the importer could not read, instead of a guess.
 *
 * @param place   where: a line of pasted text, a cell or paragraph of a Word document, a cell of an Excel sheet,
 *                or {@link SourcePlace#WHOLE}
 * @param message what is wrong, for the user (quoting the document's own words as data)
 */
public record ImportProblem(SourcePlace place, Message message) implements HasMessage {

    public ImportProblem {
        place = place == null ? SourcePlace.WHOLE : place;
    }

    /** A problem of pasted text at a 1-based line; 0 for the whole text. */
    public ImportProblem(int lineNumber, Message message) {
        this(lineNumber > 0 ? new SourcePlace.Line(lineNumber) : SourcePlace.WHOLE, message);
    }

    /** The 1-based line of pasted text; 0 when the problem is not at a line (the whole text, an Office file). */
    public int lineNumber() {
        return place instanceof SourcePlace.Line l ? l.number() : 0;
    }

    /** The problem with its place, for people: 第12行：…, 第2个表格第3行第1列：… (the message alone for the whole). */
    public Message describe() {
        return place.describe(message);
    }

    @Override
    public String toString() {
        return place instanceof SourcePlace.Whole ? message.toString() : place + ": " + message;
    }
}
