package cn.perftarget.domain.importer;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Message;

/**
 * Something the importer could not read, instead of a guess.
 *
 * @param lineNumber 1-based line of the pasted text; 0 when the problem concerns the whole text
 * @param message    what is wrong, for the user (quoting the document's own words as data)
 */
public record ImportProblem(int lineNumber, Message message) implements HasMessage {

    /** The problem with its place, for people: 第12行：… (the message alone when it concerns the whole text). */
    public Message describe() {
        return lineNumber > 0 ? Message.of("importer.atLine", String.valueOf(lineNumber), message) : message;
    }

    @Override
    public String toString() {
        return lineNumber > 0 ? "line " + lineNumber + ": " + message : message.toString();
    }
}
