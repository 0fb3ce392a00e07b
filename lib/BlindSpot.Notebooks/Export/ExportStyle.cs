namespace BlindSpot.Notebooks.Export;

/// <summary>The HTML export's stylesheet: readable, no web fonts, no external resources.</summary>
internal static class ExportStyle
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; color: #1f2328; margin: 0; }
        main { max-width: 1000px; margin: 0 auto; padding: 2rem 1rem; }
        .cell { margin: 1rem 0; }
        .prompt { color: #6e7781; font: 0.8rem monospace; }
        pre { overflow-x: auto; padding: 0.6rem 0.8rem; border-radius: 4px; font-size: 0.85rem; }
        pre.source { background: #f6f8fa; border: 1px solid #d0d7de; }
        .outputs { border-left: 3px solid #d0d7de; padding-left: 0.8rem; }
        pre.output { background: #fff; margin: 0.4rem 0; }
        pre.stderr { background: #fff8e5; }
        pre.error { background: #ffebe9; color: #82071e; }
        table.dataframe { border-collapse: collapse; font-size: 0.85rem; }
        table.dataframe th, table.dataframe td { border: 1px solid #d0d7de; padding: 0.2rem 0.5rem; text-align: right; }
        table.dataframe thead { background: #f6f8fa; }
        nav.site-nav { display: flex; justify-content: space-between; gap: 1rem; padding: 0.6rem 0; border-bottom: 1px solid #d0d7de; font-size: 0.9rem; }
        nav.site-nav:last-child { border-bottom: 0; border-top: 1px solid #d0d7de; margin-top: 2rem; }
        p.question { font-size: 1.15rem; }
        ol.notebooks li { margin: 0.3rem 0; }
        details > summary { cursor: pointer; color: #0969da; }

        """;
}
