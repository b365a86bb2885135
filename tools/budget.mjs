// The weight budget, in bytes (1 KB = 1,000 bytes), for tools/size-report.mjs
// and the tests that read it (docs/measurements.md). A page with nothing to
// operate loads no program, and its whole
// first visit (page, stylesheet, start script, icon, the offline worker and
// what it saves) is at most `lightPage`.
export const BUDGET = { wasmBrotli: 150_000, firstVisit: 200_000, lightPage: 60_000 };
