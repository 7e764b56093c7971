/**
 * The document-level rules: R31 (分项绩效目标 matching no project) and R32 (text hygiene).
 */
@NullMarked
package cn.perftarget.domain.rules.document;

import org.jspecify.annotations.NullMarked;
