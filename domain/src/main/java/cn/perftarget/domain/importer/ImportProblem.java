package cn.perftarget.domain.importer;

/**
 * Something the importer could not read, instead of a guess.
 *
 * @param lineNumber 1-based line of the pasted text; 0 when the problem concerns the whole text
 * @param message    what is wrong, in Chinese, for the user
 */
public record ImportProblem(int lineNumber, String message) {

    @Override
    public String toString() {
        return lineNumber > 0 ? "第" + lineNumber + "行：" + message : message;
    }
}
