/// The HTML report's inline stylesheet: readable on screen, and on paper through the print
/// rules (no background colours needed to read a verdict, tables and charts kept whole).
enum HTMLStyle {
    static let css = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; margin: 0; }
    main, header { max-width: 64rem; margin: 0 auto; padding: 0 1.5rem; }
    header { padding-top: 1.5rem; border-bottom: 3px solid #1d4f91; }
    h1 { font-size: 1.9rem; margin: 0 0 0.5rem; color: #1d4f91; }
    h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; color: #1d4f91; border-bottom: 1px solid #c8d3e3; }
    h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
    h4 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
    h5 { font-size: 1rem; margin: 0.75rem 0 0.25rem; font-weight: 600; color: #333; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0 0 1rem; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    ul { padding-left: 1.4rem; }
    li { margin: 0.2rem 0; }
    .empty { color: #555; font-style: italic; }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
    caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
    th, td { border: 1px solid #c8d3e3; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
    th { background: #eef2f8; }
    td.number { text-align: right; white-space: nowrap; }
    .rating { display: inline-block; min-width: 5.5rem; padding: 0 0.4rem; border: 1px solid #555; border-radius: 0.25rem; font-weight: 600; }
    .rating-green { background: #d7eed9; }
    .rating-amber { background: #fde8c4; }
    .rating-red { background: #f6d3d3; }
    .rating-none { background: #eee; }
    svg.chart { display: block; }
    svg.chart .reporting { fill: #fff3b0; }
    svg.chart .series { fill: none; stroke: #1d4f91; stroke-width: 1.5; }
    svg.chart .point { fill: #1d4f91; }
    svg.chart .point.latest { fill: #fff; stroke: #c0392b; stroke-width: 2; }
    svg.chart .mean { stroke: #555; stroke-width: 1; }
    svg.chart .gap { stroke: #c0392b; stroke-width: 1.2; fill: none; }
    svg.chart .limit { stroke: #888; stroke-width: 1; stroke-dasharray: 3 2; }
    footer { max-width: 64rem; margin: 2rem auto; padding: 0 1.5rem; color: #555; font-size: 0.85rem; }
    @media print {
      @page { margin: 15mm; }
      body { font-size: 10.5pt; }
      main, header, footer { max-width: none; padding: 0; }
      h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
      tr, svg.chart, li { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      th { background: none; }
      svg.chart .reporting { fill: #e6e6e6; }
      .rating { background: none; }
    }
    """
}
