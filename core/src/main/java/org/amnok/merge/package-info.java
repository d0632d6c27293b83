/**
 * Case merging: incidents from different reports that describe one real event are grouped into
 * {@link org.amnok.merge.Case}s, every join is explained by named rules, analysts' decisions are honoured, and
 * the at-risk list is computed from the cases.
 *
 * <p>Front doors: {@link org.amnok.merge.CaseMerger} (incidents and decisions in, cases out),
 * {@link org.amnok.merge.AtRisk} (cases in, people at risk out) and {@link org.amnok.merge.CasesJson} (cases out
 * as the {@code CASES.jsonl} lines that {@code shared/tools/score_merge.py} reads). Everything else public here is
 * an immutable value. Pure: no I/O, no database.
 */
package org.amnok.merge;
