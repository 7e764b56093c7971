package cn.perftarget.workflow.export;

/**
 * File names of exports: the document's own words (a project's name, 绩效目标表), without the characters no file
 * system takes, at most 120 characters before the extension.
 */
final class FileNames {

    private static final int MAX_CHARS = 120;

    private FileNames() {}

    /** {@code base.extension}, with {@code fallback} for a blank base. */
    static String of(String base, String fallback, String extension) {
        StringBuilder b = new StringBuilder();
        base.strip().codePoints().forEach(cp -> {
            boolean forbidden = cp < 0x20 || cp == 0x7f || "\\/:*?\"<>|".indexOf(cp) >= 0;
            b.appendCodePoint(forbidden ? '_' : Character.isWhitespace(cp) ? ' ' : cp);
        });
        String name = b.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_')) {
            name = fallback;
        }
        if (name.codePointCount(0, name.length()) > MAX_CHARS) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_CHARS));
        }
        return name + "." + extension;
    }
}
