package cn.perftarget.domain.office.guard;

/** Why an Office file was refused, for whoever records or counts refusals (the message says it to the user). */
public enum RefusalReason {
    /** Not a .docx, .doc, .xlsx or .xls name. */
    UNSUPPORTED_TYPE,
    /** Over {@link OfficeLimits#maxBytes()}. */
    TOO_LARGE,
    /** A ZIP package that unpacks to far more than it holds, or to too many entries. */
    ZIP_BOMB,
    /** Encrypted, or protected by a password to open. */
    ENCRYPTED,
    /** A macro-enabled format, or macros inside the file. */
    MACROS,
    /** The content is not what the file name says. */
    WRONG_CONTENT,
    /** An XML part declares a document type (the way to external entities, XXE). */
    EXTERNAL_ENTITIES,
    /** More table cells than {@link OfficeLimits#maxCells()}. */
    TOO_MANY_CELLS,
    /** Damaged: the format's reader could not read it. */
    UNREADABLE
}
