/// The site's stylesheet: calm, high-contrast, readable on a phone; served from /assets/site.css.
enum Stylesheet {
    static let css = """
    :root { --ink:#1d2733; --muted:#4f5d6b; --line:#d5dbe1; --accent:#1f5c99; --bg:#f7f8fa; --card:#fff; }
    * { box-sizing: border-box; }
    body { margin:0; font:16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
    a { color:var(--accent); }
    a:focus, button:focus, input:focus, select:focus { outline:3px solid #f0b429; outline-offset:2px; }
    .wrap { max-width:1120px; margin:0 auto; padding:0 1rem; }
    .skip-link { position:absolute; left:-999px; } .skip-link:focus { left:1rem; top:.5rem; background:#fff; padding:.5rem; z-index:10; }
    .site-header { background:#15324f; color:#fff; }
    .site-header .wrap { display:flex; flex-wrap:wrap; align-items:center; justify-content:space-between; gap:.5rem; padding-top:.75rem; padding-bottom:.75rem; }
    .brand { color:#fff; font-weight:700; font-size:1.2rem; text-decoration:none; letter-spacing:.02em; }
    .site-header nav ul { list-style:none; display:flex; flex-wrap:wrap; gap:1rem; margin:0; padding:0; }
    .site-header nav a { color:#fff; text-decoration:none; } .site-header nav a:hover { text-decoration:underline; }
    .demo-banner { background:#fff3cd; color:#5c4400; border-bottom:1px solid #e8d28a; padding:.6rem 1rem; text-align:center; }
    main { padding:1.5rem 1rem 3rem; }
    h1 { font-size:1.7rem; margin:.2rem 0 1rem; } h2 { font-size:1.3rem; margin-top:2rem; } h3 { font-size:1.05rem; }
    .lead { color:var(--muted); max-width:70ch; }
    .card { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:1rem 1.25rem; margin:1rem 0; }
    .grid { display:grid; gap:1rem; grid-template-columns:repeat(auto-fit, minmax(260px, 1fr)); }
    .chart-scroll { overflow-x:auto; }
    svg.radar { max-width:100%; height:auto; }
    svg.chart text { font:12px system-ui, sans-serif; } svg.chart .cell { font-weight:700; font-size:14px; }
    svg.chart .row-label, svg.chart .col-label, svg.chart .legend, svg.chart .axis-label { fill:var(--ink); }
    table { border-collapse:collapse; width:100%; background:var(--card); }
    th, td { border-bottom:1px solid var(--line); padding:.5rem .6rem; text-align:left; vertical-align:top; }
    th { background:#eef1f5; font-weight:600; }
    .table-scroll { overflow-x:auto; }
    .stage { display:inline-block; border-radius:4px; padding:0 .45rem; font-weight:600; white-space:nowrap; }
    .stage-0 { background:#f1f3f5; color:#343a40; } .stage-1 { background:#dbe9f6; color:#1b2a38; } .stage-2 { background:#a9cbe8; color:#12263a; }
    .stage-3 { background:#5b9bd1; color:#0b1a29; } .stage-4 { background:#2767a8; color:#fff; } .stage-5 { background:#123f6e; color:#fff; }
    .tlp { display:inline-block; font:600 .8rem ui-monospace, monospace; padding:0 .35rem; border-radius:3px; background:#000; }
    .tlp-clear { color:#fff; } .tlp-green { color:#33ff00; } .tlp-amber, .tlp-amber-strict { color:#ffc000; } .tlp-red { color:#ff2b2b; }
    .muted { color:var(--muted); } .source { color:var(--muted); font-size:.9rem; }
    .explanation { margin:.25rem 0 .5rem; }
    ul.blocking { margin:.25rem 0 .75rem 1.25rem; padding:0; }
    .filters { display:flex; flex-wrap:wrap; gap:.5rem; align-items:center; }
    .filters a { padding:.2rem .6rem; border:1px solid var(--line); border-radius:999px; text-decoration:none; background:#fff; }
    .filters a[aria-current="page"] { background:var(--accent); color:#fff; border-color:var(--accent); }
    .norm-text { border-left:4px solid var(--accent); padding:.25rem 1rem; background:#fff; }
    .field { margin:0 0 1rem; }
    .field label, fieldset legend { display:block; font-weight:600; margin-bottom:.25rem; }
    .field input[type=text], .field input[type=email], .field input[type=password], .field input[type=url], .field input[type=search], .field select, .field textarea {
      width:100%; max-width:40rem; padding:.5rem .6rem; border:1px solid #8a96a3; border-radius:4px; font:inherit; background:#fff; }
    .field select[multiple] { max-width:100%; }
    .hint { color:var(--muted); font-size:.9rem; margin:0 0 .3rem; }
    .field.has-error input, .field.has-error select, .field.has-error textarea { border:2px solid #b3261e; }
    .field-error { color:#b3261e; font-weight:600; margin:0 0 .3rem; }
    .form-error { border-left:5px solid #b3261e; background:#fdecea; padding:.5rem 1rem; margin-bottom:1rem; }
    .notice { border-left:5px solid #2e7d32; background:#edf7ee; padding:.5rem 1rem; }
    fieldset { border:1px solid var(--line); border-radius:6px; margin:0 0 1rem; padding:.5rem 1rem; }
    .check { display:flex; gap:.5rem; align-items:center; margin:.25rem 0; } .check label { font-weight:400; margin:0; }
    button { font:inherit; padding:.5rem 1rem; border-radius:4px; border:1px solid #8a96a3; background:#fff; cursor:pointer; }
    button.primary { background:var(--accent); color:#fff; border-color:var(--accent); }
    form.inline { display:inline; } button.link { background:none; border:none; color:#fff; padding:0; text-decoration:underline; }
    .narrow { max-width:34rem; }
    .filters-form { display:flex; flex-wrap:wrap; gap:1rem; align-items:flex-end; } .filters-form .field { margin:0; min-width:10rem; }
    .status { display:inline-block; padding:0 .4rem; border-radius:3px; font-size:.85rem; font-weight:600; }
    .status-submitted { background:#fff3cd; color:#5c4400; } .status-validated { background:#e3f1e4; color:#1e5a22; } .status-rejected { background:#fdecea; color:#8c1d18; }
    dl.facts { display:grid; grid-template-columns:max-content 1fr; gap:.35rem 1rem; } dl.facts dt { font-weight:600; } dl.facts dd { margin:0; }
    .comment { border-left:3px solid var(--line); padding-left:.75rem; margin:.5rem 0; }
    code { background:#eef1f5; padding:.1rem .3rem; border-radius:3px; word-break:break-all; }
    .site-footer { border-top:1px solid var(--line); color:var(--muted); font-size:.9rem; padding:1rem 0 2rem; }
    @media (max-width:600px) { h1 { font-size:1.4rem; } th, td { padding:.4rem; } }
    """
}
