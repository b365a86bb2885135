// The weight budget (issue 16), in bytes (1 KB = 1,000 bytes, as the issue
// counts), for tools/size-report.mjs and the tests that read it.
export const BUDGET = { wasmBrotli: 150_000, firstVisit: 200_000 };
