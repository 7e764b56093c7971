/** The REST API /api/v1: what its controllers share (the caller, the language, the JSON forms of the model). */
@NullMarked
package cn.perftarget.ui.api;

import org.jspecify.annotations.NullMarked;
