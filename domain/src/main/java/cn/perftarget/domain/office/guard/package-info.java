/**
 * What an uploaded Office file must pass before it is parsed: its size, its name's type, its content sniffed against
 * the name, no encryption, no macros, no zip bomb, no XML document type declaration (external entities); a file that
 * fails is refused with {@link cn.perftarget.domain.office.guard.OfficeFileRefused} and its message.
 */
@NullMarked
package cn.perftarget.domain.office.guard;

import org.jspecify.annotations.NullMarked;
