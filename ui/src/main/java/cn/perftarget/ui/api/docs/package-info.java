/** The OpenAPI 3 document of the REST API (springdoc) and its Swagger UI. */
@NullMarked
package cn.perftarget.ui.api.docs;

import org.jspecify.annotations.NullMarked;
