/** Authentication of the REST API: bearer tokens, its stateless filter chain, rate limits, idempotency keys. */
@NullMarked
package cn.perftarget.ui.api.auth;

import org.jspecify.annotations.NullMarked;
