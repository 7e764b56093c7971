/**
 * What users see when something goes wrong, in their language and never with a stack trace: a refused address
 * (logged), an unexpected error (with an incident number for the administrators' log), the error pages outside the
 * Vaadin screens, Vaadin's own messages (expired session, internal error).
 */
@NullMarked
package cn.perftarget.ui.error;

import org.jspecify.annotations.NullMarked;
