/**
 * The stored JSON form of a target table (the jsonb of tables and revisions), mapped with Jackson.
 */
@NullMarked
package cn.perftarget.domain.json;

import org.jspecify.annotations.NullMarked;
