/// The HTML report's inline stylesheet: readable on screen at any width (the page never scrolls
/// sideways: long words wrap, tables scroll inside their own box and, on a narrow screen, reflow
/// into one labelled cell a line), and on A4 paper through the print rules (no backgrounds, rows
/// and charts kept whole, headings kept with what follows).
enum HTMLStyle {
    static let css = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; margin: 0; overflow-wrap: break-word; }
    main, header { max-width: 64rem; margin: 0 auto; padding: 0 1.5rem; }
    @media screen and (max-width: 40rem) { main, header, footer { padding: 0 0.75rem; } header { padding-top: 1rem; } }
    header { padding-top: 1.5rem; border-bottom: 3px solid #1d4f91; }
    h1 { font-size: 1.9rem; margin: 0 0 0.5rem; color: #1d4f91; }
    h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; color: #1d4f91; border-bottom: 1px solid #c8d3e3; }
    h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
    h4 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
    h5 { font-size: 1rem; margin: 0.75rem 0 0.25rem; font-weight: 600; color: #333; }
    dl.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.1rem 1rem; margin: 0 0 1rem; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    ul { padding-left: 1.4rem; }
    li { margin: 0.2rem 0; }
    .empty { color: #555; font-style: italic; }
    .table-scroll { max-width: 100%; overflow-x: auto; margin: 0.5rem 0 1.5rem; }
    .table-scroll:focus { outline: 2px solid #1d4f91; outline-offset: 2px; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
    th, td { border: 1px solid #c8d3e3; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
    th { background: #eef2f8; }
    td.number { text-align: right; white-space: nowrap; width: 1%; }
    td[data-label="Verdict"] { min-width: 11rem; }
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
    figure.measure-chart { margin: 0.5rem 0 1.25rem; }
    .chart-row { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.5rem; }
    svg.verdict-chart { display: block; width: 100%; max-width: 36rem; height: auto; font-family: inherit; }
    .mdc-icons { display: flex; gap: 0.35rem; }
    .mdc-icons svg { display: block; }
    ul.chart-key { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.1rem 1rem; font-size: 0.85rem; }
    ul.chart-key li { margin: 0; }
    ul.chart-key svg.swatch { display: inline-block; vertical-align: middle; margin-right: 0.3rem; }
    figure.measure-chart figcaption { font-size: 0.85rem; color: #333; max-width: 36rem; }
    footer { max-width: 64rem; margin: 2rem auto; padding: 0 1.5rem; color: #555; font-size: 0.85rem; }
    @media screen and (max-width: 40rem) {
      dl.facts { grid-template-columns: minmax(0, 1fr); }
      dl.facts dd { margin-bottom: 0.35rem; }
      table.reflow, table.reflow caption, table.reflow tbody, table.reflow tr, table.reflow th, table.reflow td { display: block; width: auto; }
      table.reflow thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      table.reflow tr { border: 1px solid #c8d3e3; margin: 0 0 0.75rem; }
      table.reflow th, table.reflow td { border: none; border-top: 1px solid #e1e7f0; }
      table.reflow th[scope="row"] { border-top: none; }
      table.reflow td.number { text-align: left; white-space: normal; width: auto; }
      table.reflow td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
      svg.chart { max-width: 100%; height: auto; }
    }
    @media print {
      @page { size: A4; margin: 15mm 12mm; }
      * { background: transparent !important; box-shadow: none !important; }
      body { font-size: 10pt; color: #000; }
      main, header, footer { max-width: none; padding: 0; margin: 0; }
      header { border-bottom-width: 1px; }
      h1, h2, h3, h4, h5, caption { break-after: avoid; page-break-after: avoid; }
      h2, h3, h4, h5 { break-inside: avoid; page-break-inside: avoid; }
      p, li { orphans: 3; widows: 3; }
      tr, svg.chart, li { break-inside: avoid; page-break-inside: avoid; }
      figure.measure-chart { break-inside: avoid; page-break-inside: avoid; }
      svg.verdict-chart { max-width: 15cm; }
      thead { display: table-header-group; }
      .table-scroll { overflow: visible; }
      table { font-size: 8.5pt; }
      th, td { padding: 0.15rem 0.3rem; }
      svg.chart .reporting { fill: #e6e6e6; }
      .rating { border-color: #000; }
    }
    """
}
