namespace BlindSpot.Core;

/// <summary>
/// The typed result a stage hands on (to later notebooks and the summary): a record saved as
/// <c>data/results/STAGE.json</c> by <see cref="FindingsStore"/>. Renaming a field breaks the build, not the summary.
/// </summary>
public interface IFindings
{
    /// <summary>The notebook that writes these findings, e.g. "03-flat-vs-nested" (also the file name).</summary>
    static abstract string Stage { get; }

    /// <summary>Bumped when the record's fields change, so an old file is refused with a message, not misread.</summary>
    static abstract int SchemaVersion { get; }
}
