/** The REST API's errors as RFC 9457 problem details. */
@NullMarked
package cn.perftarget.ui.api.error;

import org.jspecify.annotations.NullMarked;
