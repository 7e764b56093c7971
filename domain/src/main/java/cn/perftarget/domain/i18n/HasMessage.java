package cn.perftarget.domain.i18n;

/**
 * Something that carries a text for people, not yet in a language: an exception meant for the user (the screen
 * renders {@link #message()} in the user's language; {@link Throwable#getMessage()} is its Chinese rendering, for
 * logs), or a problem found in a document.
 */
public interface HasMessage {

    /** What to tell the user. */
    Message message();
}
