/** API access: the REST API's machine clients, bearer tokens (clients' and personal ones) and idempotency keys. */
@NullMarked
package cn.perftarget.workflow.apiclient;

import org.jspecify.annotations.NullMarked;
