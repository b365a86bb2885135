// The weight budget (issue 16), in bytes (1 KB = 1,000 bytes, as the issue
// counts), for tools/size-report.mjs and the tests that read it.
// Issue 31: a page with nothing to operate loads no program, and its whole
// first visit (page, stylesheet, start script, icon, the offline worker and
// what it saves) is at most `lightPage`.
export const BUDGET = { wasmBrotli: 150_000, firstVisit: 200_000, lightPage: 60_000 };
