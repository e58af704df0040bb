/** The report's whole stylesheet, inlined so the file is self-contained and prints well. */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f7f9; color: #1d2330; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
.note { color: #4a5263; margin: .3rem 0; }
.privacy { background: #eef6ee; border-left: 4px solid #3d8b3d; padding: .5rem .8rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin-top: 1rem; }
.card { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; padding: .6rem .8rem; }
.card .label { color: #5a6275; font-size: .82rem; }
.card .value { font-size: 1.3rem; font-weight: 600; }
.panel { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; padding: 12px 14px; }
.chart { width: 100%; height: auto; display: block; background: #fff; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: .85rem; color: #4a5263; margin-top: 6px; }
.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.category { margin-bottom: 14px; }
.advice { background: #f3f5fb; border-radius: 6px; padding: .5rem .7rem; margin: .4rem 0 .6rem; }
.advice .clauses { color: #5a6275; font-size: .85rem; }
table { width: 100%; border-collapse: collapse; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #eceef2; }
th { color: #5a6275; font-weight: 600; font-size: .82rem; }
td.when, td.who { white-space: nowrap; }
td.excerpt { width: 34%; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; word-break: break-word; }
.sev { display: inline-block; padding: 0 7px; border-radius: 10px; color: #fff; font-size: .8rem; white-space: nowrap; }
.more { color: #5a6275; font-style: italic; }
footer { margin-top: 2rem; color: #5a6275; font-size: .85rem; }
@media print { body { background: #fff; } .panel, .card { border-color: #bbb; } }
`;
